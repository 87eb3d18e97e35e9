import {
  TestChangePasswordDocument,
  TestEndOtherSessionsDocument,
  TestEndSessionDocument,
  TestMeDocument,
  TestSessionsDocument,
  TestSetEmployeeActiveDocument,
  TestUpdateAccountPreferencesDocument,
  TestUpdateEmployeeDocument,
} from '@branchline/graphql-types';

import { DEMO_PASSWORD, errorCodes, startTestApp, TestApp, TestClient } from './support/test-app';

describe('account: sessions, password, preferences, sign-in throttling', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const signedIn = async (email: string, password = DEMO_PASSWORD): Promise<TestClient> => {
    const session = await app.login(email, password);
    if (!session.accessToken) throw new Error(`Sign-in failed: ${JSON.stringify(session.userErrors)}`);
    return app.clientWithToken(session.accessToken);
  };
  const currentSessionId = async (client: TestClient) =>
    (await client.data(TestSessionsDocument, { first: 100 })).sessions.edges.find((edge) => edge.node.isCurrent)!.node
      .id;

  describe('sessions', () => {
    it('lists every session of the user across companies, and ends one or all others', async () => {
      const laptop = await signedIn('multi@branchline.test');
      const phone = await signedIn('multi@branchline.test');
      const tablet = await signedIn('multi@branchline.test');
      const list = (await laptop.data(TestSessionsDocument, { first: 100 })).sessions;
      expect(list.totalCount).toBeGreaterThanOrEqual(3);
      expect(list.edges.filter((edge) => edge.node.isCurrent)).toHaveLength(1);
      expect(list.edges[0].node).toEqual(
        expect.objectContaining({
          isRepActing: false,
          ipAddress: expect.any(String),
          company: expect.objectContaining({ name: 'Acme Industrial' }),
        }),
      );

      const phoneId = await currentSessionId(phone);
      expect(
        (await laptop.data(TestEndSessionDocument, { input: { sessionId: phoneId } })).endSession.endedSessionId,
      ).toBe(phoneId);
      expect(errorCodes(await phone.request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
      const after = (await laptop.data(TestSessionsDocument, { first: 100 })).sessions.edges.map(
        (edge) => edge.node.id,
      );
      expect(after).not.toContain(phoneId);

      const ended = (await laptop.data(TestEndOtherSessionsDocument)).endOtherSessions;
      expect(ended.endedCount).toBeGreaterThanOrEqual(1);
      expect(errorCodes(await tablet.request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
      expect((await laptop.data(TestMeDocument)).me.email).toBe('multi@branchline.test');
      expect((await laptop.data(TestSessionsDocument, { first: 100 })).sessions.totalCount).toBe(1);
    });

    it("answers NOT_FOUND for someone else's session", async () => {
      const other = await signedIn('admin@globex.test');
      const mine = await signedIn('buyer@globex.test');
      const response = await mine.request(TestEndSessionDocument, {
        input: { sessionId: await currentSessionId(other) },
      });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect((await other.data(TestMeDocument)).me.email).toBe('admin@globex.test');
    });
  });

  describe('password', () => {
    it('checks the current password and the length, then ends the other sessions', async () => {
      const current = await signedIn('finance@acme.test');
      const other = await signedIn('finance@acme.test');
      const change = (currentPassword: string, newPassword: string) =>
        current
          .data(TestChangePasswordDocument, { input: { currentPassword, newPassword } })
          .then((d) => d.changePassword);

      expect((await change('wrong-password', 'long-enough-password')).userErrors.map((e) => e.code)).toEqual([
        'WRONG_PASSWORD',
      ]);
      expect((await change(DEMO_PASSWORD, 'short')).userErrors.map((e) => e.code)).toEqual(['PASSWORD_TOO_SHORT']);
      expect(await change(DEMO_PASSWORD, 'a-new-password-1')).toEqual({ success: true, userErrors: [] });

      expect(errorCodes(await other.request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
      expect((await current.data(TestMeDocument)).me.email).toBe('finance@acme.test');
      expect((await app.login('finance@acme.test')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
      expect((await app.login('finance@acme.test', 'a-new-password-1')).accessToken).toEqual(expect.any(String));
    });
  });

  describe('preferences', () => {
    it('honours the preferred company and the login target at sign-in', async () => {
      const multi = await signedIn('multi@branchline.test');
      const globexId = (await multi.data(TestMeDocument)).me.memberships.find(
        (m) => m.company.name === 'Globex Construction',
      )!.company.id;
      const updated = (
        await multi.data(TestUpdateAccountPreferencesDocument, {
          input: { preferredCompanyId: globexId, loginTarget: 'ORDERS' },
        })
      ).updateAccountPreferences;
      expect(updated.viewer).toEqual(
        expect.objectContaining({
          loginTarget: 'ORDERS',
          ownLoginTarget: 'ORDERS',
          preferredCompany: { id: globexId, name: 'Globex Construction' },
        }),
      );
      expect((await app.login('multi@branchline.test')).viewer?.activeCompany?.name).toBe('Globex Construction');

      await multi.data(TestUpdateAccountPreferencesDocument, { input: { preferredCompanyId: null } });
      expect((await app.login('multi@branchline.test')).viewer?.activeCompany?.name).toBe('Acme Industrial');

      const acmeOnly = await multi.request(TestUpdateAccountPreferencesDocument, {
        input: {
          preferredCompanyId: (
            await app.dataSource.query(
              `SELECT id FROM companies WHERE name <> 'Acme Industrial' AND name <> 'Globex Construction' LIMIT 1`,
            )
          )[0].id,
        },
      });
      expect(errorCodes(acmeOnly)).toEqual(['NOT_FOUND']);
    });

    it('falls back to the login target the admin set for the company', async () => {
      const admin = await signedIn('admin@acme.test');
      const [{ id }] = await app.dataSource.query(
        `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'buyer@acme.test'`,
      );
      await admin.data(TestUpdateEmployeeDocument, { input: { id, loginTarget: 'FAST_ORDER' } });
      expect((await app.login('buyer@acme.test')).viewer).toEqual(
        expect.objectContaining({ loginTarget: 'FAST_ORDER', ownLoginTarget: null }),
      );
      // Sanity: deactivation still works for a user with a target (nothing special-cased).
      expect(
        (await admin.data(TestSetEmployeeActiveDocument, { input: { id, active: true } })).setEmployeeActive.userErrors,
      ).toEqual([]);
    });
  });

  // Last: the per-IP limit blocks every sign-in from this test's address afterwards.
  describe('sign-in throttling', () => {
    it('refuses an account after 5 failures, even with the right password, exactly as for an unknown email', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await app.login('viewer@acme.test', 'wrong-password')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
        expect((await app.login('ghost@acme.test', 'wrong-password')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
      }
      const known = await app.login('viewer@acme.test');
      const unknown = await app.login('ghost@acme.test', 'wrong-password');
      expect(known.accessToken).toBeNull();
      expect(known.userErrors).toEqual([
        { field: null, code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/Try again in \d+ seconds\./) },
      ]);
      const seconds = (message: string) => Number(/in (\d+) seconds/.exec(message)![1]);
      expect(seconds(known.userErrors[0].message)).toBeGreaterThan(800);
      expect(seconds(known.userErrors[0].message)).toBeLessThanOrEqual(900);
      expect({ ...unknown, userErrors: unknown.userErrors.map((e) => e.code) }).toEqual({
        ...known,
        userErrors: known.userErrors.map((e) => e.code),
      });
      // Other accounts are not affected.
      expect((await app.login('buyer@globex.test')).accessToken).toEqual(expect.any(String));
    });

    it('refuses every account from an address with 20 recent failures', async () => {
      const [{ ip_address: ip }] = await app.dataSource.query(`SELECT ip_address FROM login_failures LIMIT 1`);
      await app.dataSource.query(
        `INSERT INTO login_failures (email, ip_address) SELECT 'spray' || n || '@acme.test', $1 FROM generate_series(1, 20) n`,
        [ip],
      );
      expect((await app.login('admin@globex.test')).userErrors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    });
  });
});
