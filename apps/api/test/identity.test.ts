import { createHmac } from 'node:crypto';

import {
  TestLogoutDocument,
  TestMeDocument,
  TestRefreshSessionDocument,
  TestSwitchCompanyDocument,
} from '@branchline/graphql-types';

import { loadConfig } from '../src/config/app-config';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

describe('sign-in and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('signs an employee in with tokens, the active company and its permissions', async () => {
    const result = await app.login('buyer@acme.test');
    expect(result.userErrors).toEqual([]);
    expect(result.accessToken).toEqual(expect.any(String));
    expect(result.refreshToken).toEqual(expect.any(String));
    expect(result.viewer?.kind).toBe('EMPLOYEE');
    expect(result.viewer?.activeCompany?.name).toBe('Acme Industrial');
    expect(result.viewer?.permissions).toEqual(expect.arrayContaining(['PLACE_ORDERS', 'VIEW_CATALOG']));
    expect(result.viewer?.permissions).not.toContain('MANAGE_EMPLOYEES');
  });

  it('accepts the email in any letter case', async () => {
    expect((await app.login('Buyer@ACME.test')).accessToken).toEqual(expect.any(String));
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const unknown = await app.login('nobody@acme.test');
    const wrong = await app.login('buyer@acme.test', 'not-the-password');
    expect(unknown).toEqual(wrong);
    expect(wrong).toEqual({
      accessToken: null,
      accessTokenExpiresAt: null,
      refreshToken: null,
      viewer: null,
      requiresCompanySelection: false,
      userErrors: [{ field: null, code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.' }],
    });
  });

  it('refuses a deactivated account only after a correct password', async () => {
    await app.dataSource.query(`UPDATE users SET active = false WHERE email = 'finance@acme.test'`);
    expect((await app.login('finance@acme.test', 'wrong-password-1')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await app.login('finance@acme.test')).userErrors[0].code).toBe('ACCOUNT_INACTIVE');
  });

  it('gives admins every employee permission and no role', async () => {
    const viewer = (await app.login('admin@acme.test')).viewer;
    expect(viewer?.memberships).toEqual([
      expect.objectContaining({
        isAdmin: true,
        roleName: null,
        company: expect.objectContaining({ name: 'Acme Industrial' }),
      }),
    ]);
    expect(viewer?.permissions).toEqual(expect.arrayContaining(['MANAGE_EMPLOYEES', 'VIEW_ALL_COMPANY_ORDERS']));
  });

  it('rotates the refresh token and ends the session when an old one is replayed', async () => {
    const first = await app.login('buyer@globex.test');
    const refreshed = await app.anonymous.data(TestRefreshSessionDocument, {
      input: { refreshToken: first.refreshToken! },
    });
    expect(refreshed.refreshSession.refreshToken).not.toBe(first.refreshToken);
    const refreshedClient = app.clientWithToken(refreshed.refreshSession.accessToken);
    expect((await refreshedClient.data(TestMeDocument)).me.email).toBe('buyer@globex.test');

    const replay = await app.anonymous.data(TestRefreshSessionDocument, {
      input: { refreshToken: first.refreshToken! },
    });
    expect(replay.refreshSession.userErrors[0].code).toBe('SESSION_REVOKED');
    expect(errorCodes(await refreshedClient.request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
    const afterRevoke = await app.anonymous.request(TestRefreshSessionDocument, {
      input: { refreshToken: refreshed.refreshSession.refreshToken! },
    });
    expect(errorCodes(afterRevoke)).toEqual(['UNAUTHENTICATED']);
  });

  it('ends the session on logout: the same access token stops working at once', async () => {
    const session = await app.login('viewer@acme.test');
    const client = app.clientWithToken(session.accessToken);
    expect((await client.data(TestLogoutDocument)).logout.success).toBe(true);
    expect(errorCodes(await client.request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects forged and missing tokens', async () => {
    expect(errorCodes(await app.clientWithToken('not.a.jwt').request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await app.anonymous.request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses tokens without an expiry or signed with another algorithm, even with the right secret', async () => {
    const session = await app.login('buyer@acme.test');
    const { sub, sid } = JSON.parse(Buffer.from(session.accessToken!.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const secret = loadConfig({ ...process.env, NODE_ENV: 'test' }).jwtSecret;
    const sign = (header: object, payload: object) => {
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const unsigned = `${encode(header)}.${encode(payload)}`;
      return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    };
    const now = Math.floor(Date.now() / 1000);
    // The same signature with an expiry is accepted: the refusals below are about the claims, not the secret.
    const valid = sign({ alg: 'HS256', typ: 'JWT' }, { sub, sid, iat: now, exp: now + 60 });
    expect((await app.clientWithToken(valid).data(TestMeDocument)).me.email).toBe('buyer@acme.test');
    const withoutExpiry = sign({ alg: 'HS256', typ: 'JWT' }, { sub, sid, iat: now });
    expect(errorCodes(await app.clientWithToken(withoutExpiry).request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub, sid, exp: now + 60 })).toString('base64url')}.`;
    expect(errorCodes(await app.clientWithToken(unsigned).request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
    const otherAlgorithm = sign({ alg: 'HS512', typ: 'JWT' }, { sub, sid, iat: now, exp: now + 60 });
    expect(errorCodes(await app.clientWithToken(otherAlgorithm).request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets an employee of two companies switch between them, and nowhere else', async () => {
    const session = await app.login('multi@branchline.test');
    const companies = session.viewer!.memberships.map((membership) => membership.company);
    expect(companies.map((company) => company.name)).toEqual(['Acme Industrial', 'Globex Construction']);
    const globex = companies.find((company) => company.name === 'Globex Construction')!;

    const client = app.clientWithToken(session.accessToken);
    const switched = (await client.data(TestSwitchCompanyDocument, { input: { companyId: globex.id } })).switchCompany;
    expect(switched.viewer?.activeCompany?.name).toBe('Globex Construction');
    expect(switched.viewer?.permissions).not.toContain('RELEASE_ORDERS');
    const me = await app.clientWithToken(switched.accessToken).data(TestMeDocument);
    expect(me.me.activeCompany?.id).toBe(globex.id);

    const buyer = await app.as('buyer@acme.test');
    const foreign = await buyer.request(TestSwitchCompanyDocument, { input: { companyId: globex.id } });
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
  });

  it('signs reps in without a company', async () => {
    const viewer = (await app.login('rep@branchline.test')).viewer;
    expect(viewer).toEqual(expect.objectContaining({ kind: 'SALES_REP', isSupervisor: false, activeCompany: null }));
    expect(viewer?.permissions).toEqual(['SERVE_CUSTOMERS']);
  });
});
