import { TestLoginDocument } from '@branchline/graphql-types';

import { loginFrom } from './support/login-from';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';

// As deployed: production, no TRUSTED_PROXIES. Parallel guesses and forged X-Forwarded-For headers.
describe('sign-in throttling under parallel attempts and forged client addresses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { NODE_ENV: 'production', JWT_SECRET: 'a-test-secret-of-at-least-32-characters' },
    });
  });
  afterAll(() => app.close());
  // Each test starts from a clean slate; both of them exhaust this test's address.
  beforeEach(() => app.dataSource.query(`DELETE FROM login_failures`));

  const login = (email: string, password = DEMO_PASSWORD) =>
    app.anonymous.data(TestLoginDocument, { input: { email, password } }).then((data) => data.login);
  const tally = (codes: string[]) =>
    codes.reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});

  it('lets exactly 5 of 40 parallel wrong passwords for one email be checked, and then refuses the right one', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => login('viewer@acme.test', 'wrong-password')));
    expect(tally(answers.map((answer) => answer.userErrors[0].code))).toEqual({
      INVALID_CREDENTIALS: 5,
      TOO_MANY_ATTEMPTS: 35,
    });
    const [{ failures }] = await app.rows<{ failures: number }>(
      `SELECT count(*)::int AS failures FROM login_failures WHERE email = 'viewer@acme.test'`,
    );
    expect(failures).toBe(5);
    const rightPassword = await login('viewer@acme.test');
    expect(rightPassword.accessToken).toBeNull();
    expect(rightPassword.userErrors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy: rotating it still hits the per-IP limit', async () => {
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, n) =>
        loginFrom(app.baseUrl, `198.51.100.${n + 1}`, `spray${n}@acme.test`, 'wrong-password'),
      ),
    );
    expect(tally(answers.map((answer) => answer.userErrors[0].code))).toEqual({
      INVALID_CREDENTIALS: 20,
      TOO_MANY_ATTEMPTS: 5,
    });
    const addresses = await app.rows<{ ip_address: string }>(`SELECT DISTINCT ip_address FROM login_failures`);
    expect(addresses).toEqual([{ ip_address: '127.0.0.1' }]);
    const fresh = await loginFrom(app.baseUrl, '203.0.113.50', 'buyer@acme.test', DEMO_PASSWORD);
    expect(fresh.accessToken).toBeNull();
    expect(fresh.userErrors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});
