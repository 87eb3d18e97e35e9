import { loadConfig } from '../../config/app-config';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('pins browsers to HTTPS (HSTS) in production only', () => {
    const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-32-characters!' });
    expect(securityHeaders(production).strictTransportSecurity).toEqual({
      maxAge: 31_536_000,
      includeSubDomains: true,
    });
    expect(securityHeaders(loadConfig({})).strictTransportSecurity).toBe(false);
  });

  it('lets no page frame or load anything from an API answer', () => {
    const policy = securityHeaders(loadConfig({})).contentSecurityPolicy;
    expect(policy).toMatchObject({ directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } });
  });
});
