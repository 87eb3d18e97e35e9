import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults for a bare development environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.embeddedPostgres.port).toBe(54329);
  });

  it('limits database statements and requests by default, and takes other limits from the environment', () => {
    expect(loadConfig({}).timeouts).toEqual({
      statementMs: 15_000,
      idleInTransactionMs: 30_000,
      connectMs: 5_000,
      requestMs: 30_000,
    });
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '2000' }).timeouts.statementMs).toBe(2000);
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS/);
  });

  it('names the variable and the bad value in a one-line reason', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT .*\(got "eighty"\)$/);
  });

  it('refuses to put the embedded database on the system PostgreSQL port', () => {
    expect(() => loadConfig({ EMBEDDED_PG_PORT: '5432' })).toThrow(/EMBEDDED_PG_PORT must not be 5432/);
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });

  it('rejects a database URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/DATABASE_URL/);
  });

  it('trusts no proxy by default and validates TRUSTED_PROXIES', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: '127.0.0.1, 172.16.0.0/12' }).trustedProxies).toEqual([
      '127.0.0.1',
      '172.16.0.0/12',
    ]);
    expect(() => loadConfig({ TRUSTED_PROXIES: '127.0.0.1,nginx' })).toThrow(
      /^Invalid configuration: TRUSTED_PROXIES has "nginx", which is not an IP address or CIDR range/,
    );
  });
});
