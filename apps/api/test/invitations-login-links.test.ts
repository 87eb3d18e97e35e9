import { randomUUID } from 'node:crypto';

import {
  TestAcceptInvitationDocument,
  TestCreateEmployeeDocument,
  TestGenerateLoginLinkDocument,
  TestInvitationDocument,
  TestInviteEmployeeDocument,
  TestLoginWithLinkDocument,
  TestMeDocument,
  TestSetEmployeeActiveDocument,
  TestSetWantsLoginLinkDocument,
  TestUpdateAccountPreferencesDocument,
  TestUpdatePortalSettingsDocument,
} from '@branchline/graphql-types';

import { errorCodes, postGraphQL, startTestApp, TestApp, TestClient } from './support/test-app';

describe('invite links, individual login links, company selection at sign-in', () => {
  let app: TestApp;
  let admin: TestClient;
  let operator: TestClient;
  let acmeBuyerRole: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as('admin@acme.test');
    operator = await app.as('operator@branchline.test');
    acmeBuyerRole = await app.idOf(
      `SELECT r.id FROM roles r JOIN companies c ON c.id = r.company_id WHERE c.name = 'Acme Industrial' AND r.name = 'Buyer'`,
    );
  });
  afterAll(() => app.close());

  const invite = (client: TestClient, email: string, roleId = acmeBuyerRole) =>
    client
      .data(TestInviteEmployeeDocument, {
        input: { email, firstName: 'Ina', lastName: 'Vite', roleId, department: 'Ops' },
      })
      .then((data) => data.inviteEmployee);
  const accept = (token: string, password = 'a-long-password') =>
    app.anonymous.request(TestAcceptInvitationDocument, { input: { token, password } });
  const newEmail = () => `invitee-${randomUUID()}@acme.test`;

  describe('invitations', () => {
    it('invites with a role, previews the link, and signs the invitee in once they set a password', async () => {
      const email = newEmail();
      const invited = await invite(admin, email);
      expect(invited.userErrors).toEqual([]);
      const { token, employee } = invited.invitation!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(employee).toEqual(
        expect.objectContaining({
          email,
          isAdmin: false,
          active: true,
          hasPassword: false,
          department: 'Ops',
          role: { id: acmeBuyerRole, name: 'Buyer' },
        }),
      );
      // Only the hash is stored.
      const stored = await app.rows<{ token_hash: string }>(`SELECT token_hash FROM invitations WHERE id = $1`, [
        invited.invitation!.id,
      ]);
      expect(stored[0].token_hash).not.toContain(token);

      expect((await app.anonymous.data(TestInvitationDocument, { token })).invitation).toEqual(
        expect.objectContaining({ companyName: 'Acme Industrial', email, firstName: 'Ina', lastName: 'Vite' }),
      );
      // No password yet: nothing signs in.
      expect((await app.login(email, 'a-long-password')).userErrors[0].code).toBe('INVALID_CREDENTIALS');

      const tooShort = await accept(token, 'short');
      expect(tooShort.data?.acceptInvitation.userErrors).toEqual([
        expect.objectContaining({ code: 'PASSWORD_TOO_SHORT', field: ['input', 'password'] }),
      ]);
      expect(tooShort.data?.acceptInvitation.accessToken).toBeNull();

      const accepted = (await accept(token)).data!.acceptInvitation;
      expect(accepted.userErrors).toEqual([]);
      expect(accepted.requiresCompanySelection).toBe(false);
      expect(accepted.viewer).toEqual(
        expect.objectContaining({ email, activeCompany: expect.objectContaining({ name: 'Acme Industrial' }) }),
      );
      expect(accepted.viewer?.permissions).toContain('PLACE_ORDERS');
      expect((await app.clientWithToken(accepted.accessToken).data(TestMeDocument)).me.email).toBe(email);
      expect((await app.login(email, 'a-long-password')).accessToken).toEqual(expect.any(String));

      // Single use.
      expect(errorCodes(await app.anonymous.request(TestInvitationDocument, { token }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await accept(token, 'another-long-password'))).toEqual(['NOT_FOUND']);
    });

    it('refuses unknown, expired and replaced links', async () => {
      expect(errorCodes(await app.anonymous.request(TestInvitationDocument, { token: 'no-such-token' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(errorCodes(await accept('no-such-token'))).toEqual(['NOT_FOUND']);

      const email = newEmail();
      const first = (await invite(admin, email)).invitation!;
      const second = (await invite(admin, email)).invitation!;
      expect(second.employee.id).toBe(first.employee.id);
      expect(errorCodes(await accept(first.token))).toEqual(['NOT_FOUND']);

      await app.rows(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [second.id]);
      expect(errorCodes(await app.anonymous.request(TestInvitationDocument, { token: second.token }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(errorCodes(await accept(second.token))).toEqual(['NOT_FOUND']);

      // A deactivated invitee's link stops working too.
      const third = (await invite(admin, email)).invitation!;
      await admin.data(TestSetEmployeeActiveDocument, { input: { id: third.employee.id, active: false } });
      expect(errorCodes(await accept(third.token))).toEqual(['NOT_FOUND']);
    });

    it("never invites as admin, never with another company's role, never over an existing login", async () => {
      const email = newEmail();
      const asAdmin = await postGraphQL<unknown>(
        app.baseUrl,
        admin.token,
        `mutation { inviteEmployee(input: { email: "${email}", firstName: "A", lastName: "B", roleId: "${acmeBuyerRole}", isAdmin: true }) { invitation { id } } }`,
      );
      expect(errorCodes(asAdmin)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

      // Someone already made admin (without a password yet) is not demoted by an invitation.
      await admin.data(TestCreateEmployeeDocument, { input: { email, firstName: 'A', lastName: 'B', isAdmin: true } });
      expect((await invite(admin, email)).userErrors).toEqual([expect.objectContaining({ code: 'INVITE_ADMIN' })]);

      const globexAdmin = await app.as('admin@globex.test');
      expect(
        errorCodes(
          await globexAdmin.request(TestInviteEmployeeDocument, {
            input: { email: newEmail(), firstName: 'A', lastName: 'B', roleId: acmeBuyerRole },
          }),
        ),
      ).toEqual(['NOT_FOUND']);

      // A login with a password, or someone another company invited: the link would hand over their access.
      const globexBuyerRole = await app.idOf(
        `SELECT r.id FROM roles r JOIN companies c ON c.id = r.company_id WHERE c.name = 'Globex Construction' AND r.name = 'Buyer'`,
      );
      expect((await invite(globexAdmin, 'buyer@acme.test', globexBuyerRole)).userErrors[0].code).toBe('HAS_LOGIN');
      const pending = newEmail();
      await invite(admin, pending);
      expect((await invite(globexAdmin, pending, globexBuyerRole)).userErrors[0].code).toBe('HAS_LOGIN');

      const buyer = await app.as('buyer@acme.test');
      expect(
        errorCodes(
          await buyer.request(TestInviteEmployeeDocument, {
            input: { email: newEmail(), firstName: 'A', lastName: 'B', roleId: acmeBuyerRole },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    });
  });

  describe('company selection at sign-in', () => {
    it('flags a sign-in with several companies and no preferred one', async () => {
      const multi = await app.login('multi@branchline.test');
      expect(multi.requiresCompanySelection).toBe(true);
      expect(multi.viewer?.activeCompany?.name).toBe('Acme Industrial');

      const client = app.clientWithToken(multi.accessToken);
      const globexId = multi.viewer!.memberships.find((m) => m.company.name === 'Globex Construction')!.company.id;
      await client.data(TestUpdateAccountPreferencesDocument, { input: { preferredCompanyId: globexId } });
      const preferred = await app.login('multi@branchline.test');
      expect(preferred.requiresCompanySelection).toBe(false);
      expect(preferred.viewer?.activeCompany?.name).toBe('Globex Construction');
      await client.data(TestUpdateAccountPreferencesDocument, { input: { preferredCompanyId: null } });

      expect((await app.login('admin@acme.test')).requiresCompanySelection).toBe(false);
      expect((await app.login('operator@branchline.test')).requiresCompanySelection).toBe(false);
    });
  });

  describe('individual login links', () => {
    const setEnabled = (loginLinksEnabled: boolean) =>
      operator.data(TestUpdatePortalSettingsDocument, { input: { loginLinksEnabled } });
    const linkLogin = (token: string) =>
      app.anonymous.data(TestLoginWithLinkDocument, { input: { token } }).then((data) => data.loginWithLink);
    const invitedPerson = async () => {
      const email = newEmail();
      const { invitation } = await invite(admin, email);
      const { acceptInvitation } = (await accept(invitation!.token)).data!;
      return { email, employeeId: invitation!.employee.id, client: app.clientWithToken(acceptInvitation.accessToken) };
    };

    it('works only when the operator enables it and the person opts in; regenerating revokes the old link', async () => {
      const { email, client } = await invitedPerson();
      expect((await client.data(TestMeDocument)).me).toEqual(
        expect.objectContaining({ loginLinksEnabled: false, wantsLoginLink: false, hasLoginLink: false }),
      );
      expect((await client.data(TestGenerateLoginLinkDocument)).generateLoginLink.userErrors[0].code).toBe(
        'LOGIN_LINKS_DISABLED',
      );

      await setEnabled(true);
      expect((await client.data(TestGenerateLoginLinkDocument)).generateLoginLink.userErrors[0].code).toBe(
        'LOGIN_LINK_NOT_WANTED',
      );
      const optedIn = (await client.data(TestSetWantsLoginLinkDocument, { input: { wantsLoginLink: true } }))
        .updateAccountPreferences;
      expect(optedIn.viewer).toEqual(
        expect.objectContaining({ wantsLoginLink: true, loginLinksEnabled: true, hasLoginLink: false }),
      );

      const first = (await client.data(TestGenerateLoginLinkDocument)).generateLoginLink;
      expect(first.userErrors).toEqual([]);
      const signedIn = await linkLogin(first.token!);
      expect(signedIn.userErrors).toEqual([]);
      expect(signedIn.viewer).toEqual(expect.objectContaining({ email, hasLoginLink: true }));
      expect((await app.clientWithToken(signedIn.accessToken).data(TestMeDocument)).me.email).toBe(email);

      const second = (await client.data(TestGenerateLoginLinkDocument)).generateLoginLink.token!;
      expect((await linkLogin(first.token!)).userErrors[0].code).toBe('LOGIN_LINK_INVALID');
      // Tokens of one kind never work as the other.
      expect(errorCodes(await accept(second))).toEqual(['NOT_FOUND']);
      const invitation = (await invite(admin, newEmail())).invitation!;
      expect((await linkLogin(invitation.token)).userErrors[0].code).toBe('LOGIN_LINK_INVALID');
      expect((await linkLogin(second)).accessToken).toEqual(expect.any(String));

      await setEnabled(false);
      const disabled = await linkLogin(second);
      expect(disabled.accessToken).toBeNull();
      expect(disabled.userErrors[0].code).toBe('LOGIN_LINK_INVALID');
      await setEnabled(true);
      expect((await linkLogin(second)).accessToken).toEqual(expect.any(String));

      // Opting out deletes the link.
      await client.data(TestSetWantsLoginLinkDocument, { input: { wantsLoginLink: false } });
      expect((await linkLogin(second)).userErrors[0].code).toBe('LOGIN_LINK_INVALID');
    });

    it('never signs in an inactive user or membership', async () => {
      await setEnabled(true);
      const person = await invitedPerson();
      await person.client.data(TestSetWantsLoginLinkDocument, { input: { wantsLoginLink: true } });
      const token = (await person.client.data(TestGenerateLoginLinkDocument)).generateLoginLink.token!;

      await admin.data(TestSetEmployeeActiveDocument, { input: { id: person.employeeId, active: false } });
      const inactiveMembership = await linkLogin(token);
      expect(inactiveMembership.accessToken).toBeNull();
      expect(inactiveMembership.userErrors[0].code).toBe('NO_ACTIVE_COMPANY');

      await admin.data(TestSetEmployeeActiveDocument, { input: { id: person.employeeId, active: true } });
      expect((await linkLogin(token)).accessToken).toEqual(expect.any(String));
      await app.rows(`UPDATE users SET active = false WHERE lower(email) = lower($1)`, [person.email]);
      const inactiveUser = await linkLogin(token);
      expect(inactiveUser.accessToken).toBeNull();
      expect(inactiveUser.userErrors[0].code).toBe('LOGIN_LINK_INVALID');
    });

    it("falls back to the operator's default login target", async () => {
      const { client } = await invitedPerson();
      expect((await client.data(TestMeDocument)).me.loginTarget).toBeNull();
      await operator.data(TestUpdatePortalSettingsDocument, { input: { defaultLoginTarget: 'CART' } });
      expect((await client.data(TestMeDocument)).me.loginTarget).toBe('CART');
      await client.data(TestUpdateAccountPreferencesDocument, { input: { loginTarget: 'ORDERS' } });
      expect((await client.data(TestMeDocument)).me.loginTarget).toBe('ORDERS');
      await operator.data(TestUpdatePortalSettingsDocument, { input: { defaultLoginTarget: null } });
    });

    // Last: it uses up this address's failed-attempt budget.
    it('throttles guessing like password sign-in', async () => {
      const answers = [];
      for (let attempt = 0; attempt < 21; attempt++) answers.push(await linkLogin(`guess-${attempt}`));
      expect(answers.at(-1)!.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    });
  });
});
