import { loginFrom } from './support/login-from';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

// The operator's proxy runs on this machine: its X-Forwarded-For names the client the throttle counts.
describe('TRUSTED_PROXIES: the client address comes from the trusted proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { TRUSTED_PROXIES: '127.0.0.1' } });
  });
  afterAll(() => app.close());

  it('counts failures per forwarded address, so one client at the limit does not block another', async () => {
    const answer = await loginFrom(app.baseUrl, '203.0.113.7', 'spray@acme.test', 'wrong-password');
    expect(answer.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    const addresses = await app.rows<{ ip_address: string }>(`SELECT DISTINCT ip_address FROM login_failures`);
    expect(addresses).toEqual([{ ip_address: '203.0.113.7' }]);
    // 19 more failures from that client (checking 19 passwords is slow on a busy machine).
    await app.dataSource.query(
      `INSERT INTO login_failures (email, ip_address)
       SELECT 'spray' || n || '@acme.test', '203.0.113.7' FROM generate_series(1, 19) n`,
    );

    const blocked = await loginFrom(app.baseUrl, '203.0.113.7', 'buyer@acme.test', DEMO_PASSWORD);
    expect(blocked.userErrors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const otherClient = await loginFrom(app.baseUrl, '203.0.113.8', 'buyer@acme.test', DEMO_PASSWORD);
    expect(otherClient.accessToken).toEqual(expect.any(String));
  });

  it('takes the address the trusted proxy saw, not one the client put in front of it', async () => {
    // A client sent "X-Forwarded-For: 203.0.113.7"; a proxy that appends passes both along.
    const answer = await loginFrom(app.baseUrl, '203.0.113.7, 192.0.2.44', 'ghost@acme.test', 'wrong-password');
    expect(answer.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    const [row] = await app.rows<{ ip_address: string }>(
      `SELECT ip_address FROM login_failures WHERE email = 'ghost@acme.test'`,
    );
    expect(row).toEqual({ ip_address: '192.0.2.44' });
  });
});
