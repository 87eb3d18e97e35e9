import {
  TestAddressesDocument,
  TestCheckoutDefaultsDocument,
  TestCreateAddressDocument,
  TestCreateCostCenterDocument,
  TestCreateEmployeeDocument,
  TestCreateRoleDocument,
  TestDeleteCostCenterDocument,
  TestDeleteRoleDocument,
  TestEmployeesDocument,
  TestLoginDocument,
  TestMeDocument,
  TestPaymentMethodsDocument,
  TestRolesDocument,
  TestSetEmployeeActiveDocument,
  TestSwitchCompanyDocument,
  TestUnlinkEmployeeDocument,
  TestUpdateAddressDocument,
  TestUpdateCheckoutDefaultsDocument,
  TestUpdateCostCenterDocument,
  TestUpdateEmployeeDocument,
  TestUpdateRoleDocument,
} from '@branchline/graphql-types';

import { DEMO_PASSWORD, errorCodes, startTestApp, TestApp, TestClient } from './support/test-app';

describe('company self-service: roles, employees, addresses, cost centers, checkout defaults', () => {
  let app: TestApp;
  let admin: TestClient;
  const one = async (sql: string, parameters: unknown[] = []) =>
    (await app.dataSource.query(sql, parameters))[0].id as string;
  const membershipOf = (email: string, company: string) =>
    one(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id JOIN companies c ON c.id = m.company_id
       WHERE u.email = $1 AND c.name = $2`,
      [email, company],
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as('admin@acme.test');
  });
  afterAll(() => app.close());

  describe('roles', () => {
    it('lets an admin create a custom role, assign it, and refuses to delete it while held', async () => {
      const created = (
        await admin.data(TestCreateRoleDocument, {
          input: { name: 'Site buyer', permissions: ['PLACE_ORDERS', 'VIEW_CATALOG', 'PLACE_ORDERS'] },
        })
      ).createRole;
      expect(created.userErrors).toEqual([]);
      expect(created.role).toEqual(
        expect.objectContaining({
          name: 'Site buyer',
          isPreset: false,
          permissions: ['PLACE_ORDERS', 'VIEW_CATALOG'],
          holders: [],
        }),
      );
      const roleId = created.role!.id;

      const financeId = await membershipOf('finance@acme.test', 'Acme Industrial');
      const assigned = (await admin.data(TestUpdateEmployeeDocument, { input: { id: financeId, roleId } }))
        .updateEmployee;
      expect(assigned.userErrors).toEqual([]);
      expect(assigned.employee?.role).toEqual({ id: roleId, name: 'Site buyer' });

      // The holder's permissions follow the role on the next sign-in.
      const finance = await app.login('finance@acme.test');
      expect(finance.viewer?.permissions).toEqual(['PLACE_ORDERS', 'VIEW_CATALOG']);

      const roles = (await admin.data(TestRolesDocument)).roles;
      expect(roles.find((role) => role.id === roleId)?.holders.map((holder) => holder.email)).toEqual([
        'finance@acme.test',
      ]);

      const refused = (await admin.data(TestDeleteRoleDocument, { input: { id: roleId } })).deleteRole;
      expect(refused.deletedId).toBeNull();
      expect(refused.userErrors[0].code).toBe('ROLE_IN_USE');
      expect(refused.userErrors[0].message).toContain(finance.viewer!.fullName);

      const financeRole = roles.find((role) => role.name === 'Finance')!;
      await admin.data(TestUpdateEmployeeDocument, { input: { id: financeId, roleId: financeRole.id } });
      expect((await admin.data(TestDeleteRoleDocument, { input: { id: roleId } })).deleteRole).toEqual({
        deletedId: roleId,
        userErrors: [],
      });
    });

    it('keeps preset names and admin-only permissions out of roles', async () => {
      const viewerRole = (await admin.data(TestRolesDocument)).roles.find((role) => role.name === 'Viewer')!;
      const rename = (await admin.data(TestUpdateRoleDocument, { input: { id: viewerRole.id, name: 'Watcher' } }))
        .updateRole;
      expect(rename.userErrors.map((error) => error.code)).toEqual(['PRESET_ROLE_NAME']);
      const retune = (
        await admin.data(TestUpdateRoleDocument, {
          input: { id: viewerRole.id, permissions: ['VIEW_CATALOG', 'VIEW_ALL_COMPANY_ORDERS', 'VIEW_DOCUMENTS'] },
        })
      ).updateRole;
      expect(retune.role?.permissions).toEqual(['VIEW_ALL_COMPANY_ORDERS', 'VIEW_CATALOG', 'VIEW_DOCUMENTS']);
      const deletePreset = (await admin.data(TestDeleteRoleDocument, { input: { id: viewerRole.id } })).deleteRole;
      expect(deletePreset.userErrors.map((error) => error.code)).toEqual(['PRESET_ROLE']);

      const escalate = (
        await admin.data(TestCreateRoleDocument, { input: { name: 'Sneaky', permissions: ['MANAGE_EMPLOYEES'] } })
      ).createRole;
      expect(escalate.userErrors.map((error) => error.code)).toEqual(['PERMISSION_NOT_ASSIGNABLE']);
      const duplicate = (
        await admin.data(TestCreateRoleDocument, { input: { name: 'buyer', permissions: ['VIEW_CATALOG'] } })
      ).createRole;
      expect(duplicate.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
    });
  });

  describe('employees', () => {
    it("ends a deactivated employee's open session on its next request", async () => {
      const viewer = await app.as('viewer@acme.test');
      expect((await viewer.data(TestMeDocument)).me.email).toBe('viewer@acme.test');
      const viewerId = await membershipOf('viewer@acme.test', 'Acme Industrial');

      const result = (await admin.data(TestSetEmployeeActiveDocument, { input: { id: viewerId, active: false } }))
        .setEmployeeActive;
      expect(result.employee).toEqual(expect.objectContaining({ email: 'viewer@acme.test', active: false }));
      expect(errorCodes(await viewer.request(TestMeDocument))).toEqual(['UNAUTHENTICATED']);
      expect((await app.login('viewer@acme.test')).userErrors[0].code).toBe('NO_ACTIVE_COMPANY');

      // Past employees stay in the list.
      const past = await admin.data(TestEmployeesDocument, { first: 100, filter: { active: false } });
      expect(past.employees.edges.map((edge) => edge.node.email)).toContain('viewer@acme.test');

      await admin.data(TestSetEmployeeActiveDocument, { input: { id: viewerId, active: true } });
      expect((await app.login('viewer@acme.test')).accessToken).toEqual(expect.any(String));
    });

    it('never removes, deactivates or demotes the last admin', async () => {
      const adminId = await membershipOf('admin@acme.test', 'Acme Industrial');
      const buyerRole = (await admin.data(TestRolesDocument)).roles.find((role) => role.name === 'Buyer')!;
      const demote = (await admin.data(TestUpdateEmployeeDocument, { input: { id: adminId, roleId: buyerRole.id } }))
        .updateEmployee;
      expect(demote.userErrors.map((error) => error.code)).toEqual(['LAST_ADMIN']);
      const deactivate = (await admin.data(TestSetEmployeeActiveDocument, { input: { id: adminId, active: false } }))
        .setEmployeeActive;
      expect(deactivate.userErrors.map((error) => error.code)).toEqual(['LAST_ADMIN']);
      const unlink = (await admin.data(TestUnlinkEmployeeDocument, { input: { id: adminId } })).unlinkEmployee;
      expect(unlink.userErrors.map((error) => error.code)).toEqual(['LAST_ADMIN']);
      expect((await admin.data(TestMeDocument)).me.permissions).toContain('MANAGE_EMPLOYEES');

      // With a second admin, one of them may go.
      const second = (
        await admin.data(TestCreateEmployeeDocument, {
          input: { firstName: 'Second', lastName: 'Admin', email: 'second.admin@acme.test', isAdmin: true },
        })
      ).createEmployee;
      expect(second.employee).toEqual(expect.objectContaining({ isAdmin: true, role: null, hasPassword: false }));
      const removed = (await admin.data(TestUnlinkEmployeeDocument, { input: { id: second.employee!.id } }))
        .unlinkEmployee;
      expect(removed).toEqual({ unlinkedId: second.employee!.id, userErrors: [] });
    });

    it('creates employees: a new person without a password, or an existing login joining a second company', async () => {
      const buyerRole = (await admin.data(TestRolesDocument)).roles.find((role) => role.name === 'Buyer')!;
      const both = (
        await admin.data(TestCreateEmployeeDocument, {
          input: { firstName: 'A', lastName: 'B', email: 'both@acme.test', isAdmin: true, roleId: buyerRole.id },
        })
      ).createEmployee;
      expect(both.userErrors.map((error) => error.code)).toEqual(['ADMIN_HOLDS_NO_ROLE']);

      const fresh = (
        await admin.data(TestCreateEmployeeDocument, {
          input: {
            salutation: 'Ms',
            firstName: 'Nora',
            lastName: 'New',
            email: 'nora.new@acme.test',
            phone: '+49 1',
            department: 'Plant 2',
            roleId: buyerRole.id,
            loginTarget: 'FAST_ORDER',
          },
        })
      ).createEmployee;
      expect(fresh.userErrors).toEqual([]);
      expect(fresh.employee).toEqual(
        expect.objectContaining({
          fullName: 'Nora New',
          department: 'Plant 2',
          active: true,
          hasPassword: false,
          loginTarget: 'FAST_ORDER',
        }),
      );
      // No password works until the invite flow lets her set one.
      expect((await app.login('nora.new@acme.test', '')).userErrors[0].code).toBe('INVALID_CREDENTIALS');

      const existing = (
        await admin.data(TestCreateEmployeeDocument, {
          input: { firstName: 'Ignored', lastName: 'Name', email: 'Buyer@Globex.test', roleId: buyerRole.id },
        })
      ).createEmployee;
      expect(existing.employee).toEqual(expect.objectContaining({ email: 'buyer@globex.test', hasPassword: true }));
      const memberships = (await app.login('buyer@globex.test')).viewer!.memberships.map((m) => m.company.name);
      expect(memberships).toEqual(['Acme Industrial', 'Globex Construction']);
      const again = (
        await admin.data(TestCreateEmployeeDocument, {
          input: { firstName: 'X', lastName: 'Y', email: 'buyer@globex.test', roleId: buyerRole.id },
        })
      ).createEmployee;
      expect(again.userErrors.map((error) => error.code)).toEqual(['ALREADY_EMPLOYEE']);
      // Personal data of someone working elsewhere too is theirs to change.
      const rename = (
        await admin.data(TestUpdateEmployeeDocument, { input: { id: existing.employee!.id, firstName: 'Renamed' } })
      ).updateEmployee;
      expect(rename.userErrors.map((error) => error.code)).toEqual(['PERSONAL_DATA_SHARED']);
    });

    it('lets every employee list the company, and only admins change it', async () => {
      const buyer = await app.as('buyer@acme.test');
      const list = await buyer.data(TestEmployeesDocument, { first: 3, filter: { search: 'acme.test' } });
      expect(list.employees.edges).toHaveLength(3);
      const next = await buyer.data(TestEmployeesDocument, {
        first: 100,
        after: list.employees.pageInfo.endCursor,
        filter: { search: 'acme.test' },
      });
      expect(next.employees.totalCount).toBe(list.employees.totalCount);
      const seen = [...list.employees.edges, ...next.employees.edges].map((edge) => edge.node.email);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(['admin@acme.test', 'buyer@acme.test']));

      const financeId = await membershipOf('finance@acme.test', 'Acme Industrial');
      const forbiddenCalls = [
        buyer.request(TestCreateRoleDocument, { input: { name: 'Nope', permissions: ['VIEW_CATALOG'] } }),
        buyer.request(TestSetEmployeeActiveDocument, { input: { id: financeId, active: false } }),
        buyer.request(TestCreateEmployeeDocument, {
          input: { firstName: 'N', lastName: 'O', email: 'no@acme.test', isAdmin: true },
        }),
        buyer.request(TestUpdateCheckoutDefaultsDocument, { input: {} }),
        buyer.request(TestCreateAddressDocument, {
          input: { companyName: 'N', street: 'S', postalCode: '1', city: 'C', countryCode: 'DE' },
        }),
      ];
      for (const response of await Promise.all(forbiddenCalls)) expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    });

    it('reads roles, holders and employees in a fixed number of statements, whatever the page size', async () => {
      const buyer = await app.as('buyer@acme.test');
      const small = await app.sql.measure(() => buyer.data(TestEmployeesDocument, { first: 2 }));
      const large = await app.sql.measure(() => buyer.data(TestEmployeesDocument, { first: 50 }));
      expect(large.result.employees.edges.length).toBeGreaterThan(small.result.employees.edges.length);
      expect(large.statements).toBe(small.statements);
      // Session, page, count, roles of the page.
      expect(large.statements).toBeLessThanOrEqual(4);
      const roles = await app.sql.measure(() => buyer.data(TestRolesDocument));
      expect(roles.statements).toBeLessThanOrEqual(3);
    });

    it("shows multi@branchline.test only the active company's employees", async () => {
      const { login: session } = await app.anonymous.data(TestLoginDocument, {
        input: { email: 'multi@branchline.test', password: DEMO_PASSWORD },
      });
      const emails = async (client: TestClient) =>
        (await client.data(TestEmployeesDocument, { first: 100 })).employees.edges.map((edge) => edge.node.email);
      const acme = await emails(app.clientWithToken(session.accessToken));
      expect(acme).toContain('admin@acme.test');
      expect(acme).not.toContain('admin@globex.test');

      const globexId = session.viewer!.memberships.find((m) => m.company.name === 'Globex Construction')!.company.id;
      const switched = await app
        .clientWithToken(session.accessToken)
        .data(TestSwitchCompanyDocument, { input: { companyId: globexId } });
      const globex = await emails(app.clientWithToken(switched.switchCompany.accessToken));
      expect(globex).toContain('admin@globex.test');
      expect(globex).not.toContain('admin@acme.test');
    });

    it("answers NOT_FOUND for Globex's ids in Acme", async () => {
      const globexEmployee = await membershipOf('buyer@globex.test', 'Globex Construction');
      const globexRole = await one(
        `SELECT r.id FROM roles r JOIN companies c ON c.id = r.company_id WHERE c.name = 'Globex Construction' LIMIT 1`,
      );
      const globexAddress = await one(
        `SELECT a.id FROM company_addresses a JOIN companies c ON c.id = a.company_id WHERE c.name = 'Globex Construction' LIMIT 1`,
      );
      const globexCostCenter = await one(
        `SELECT cc.id FROM cost_centers cc JOIN companies c ON c.id = cc.company_id WHERE c.name = 'Globex Construction' LIMIT 1`,
      );
      const acmeEmployee = await membershipOf('buyer@acme.test', 'Acme Industrial');
      const responses = await Promise.all([
        admin.request(TestUpdateEmployeeDocument, { input: { id: globexEmployee, department: 'x' } }),
        admin.request(TestSetEmployeeActiveDocument, { input: { id: globexEmployee, active: false } }),
        admin.request(TestUnlinkEmployeeDocument, { input: { id: globexEmployee } }),
        admin.request(TestUpdateEmployeeDocument, { input: { id: acmeEmployee, roleId: globexRole } }),
        admin.request(TestDeleteRoleDocument, { input: { id: globexRole } }),
        admin.request(TestUpdateAddressDocument, { input: { id: globexAddress, label: 'x' } }),
        admin.request(TestDeleteCostCenterDocument, { input: { id: globexCostCenter } }),
        admin.request(TestUpdateCheckoutDefaultsDocument, { input: { billingAddressId: globexAddress } }),
        admin.request(TestUpdateEmployeeDocument, { input: { id: 'not-a-uuid' } }),
      ]);
      expect(responses.map((response) => errorCodes(response))).toEqual(responses.map(() => ['NOT_FOUND']));
    });
  });

  describe('addresses, cost centers, checkout defaults', () => {
    it('moves the default flag to a new default address', async () => {
      const created = (
        await admin.data(TestCreateAddressDocument, {
          input: {
            label: 'Plant 9',
            companyName: 'Acme Industrial',
            street: 'Dock 9',
            postalCode: '20457',
            city: 'Hamburg',
            countryCode: 'de',
            isDefaultShipping: true,
          },
        })
      ).createAddress;
      expect(created.address).toEqual(expect.objectContaining({ countryCode: 'DE', isDefaultShipping: true }));
      const list = await admin.data(TestAddressesDocument, { first: 100 });
      expect(list.addresses.edges.filter((edge) => edge.node.isDefaultShipping).map((edge) => edge.node.id)).toEqual([
        created.address!.id,
      ]);

      const invalid = (
        await admin.data(TestUpdateAddressDocument, {
          input: { id: created.address!.id, isShipping: false, isBilling: false },
        })
      ).updateAddress;
      expect(invalid.userErrors.map((error) => error.code)).toEqual(['USAGE_REQUIRED']);
    });

    it('deletes an unused cost center, and offers deactivation for one used by orders', async () => {
      // Book one of Acme's orders on one of its cost centers.
      const used = await one(
        `SELECT cc.id FROM cost_centers cc JOIN companies c ON c.id = cc.company_id
         WHERE c.name = 'Acme Industrial' ORDER BY cc.code LIMIT 1`,
      );
      await app.dataSource.query(
        `UPDATE orders SET cost_center_id = $1
         WHERE id = (SELECT o.id FROM orders o JOIN cost_centers cc ON cc.company_id = o.company_id AND cc.id = $1 LIMIT 1)`,
        [used],
      );
      const refused = (await admin.data(TestDeleteCostCenterDocument, { input: { id: used } })).deleteCostCenter;
      expect(refused.userErrors[0].code).toBe('COST_CENTER_IN_USE');
      expect(refused.userErrors[0].message).toContain('Deactivate');
      const deactivated = (await admin.data(TestUpdateCostCenterDocument, { input: { id: used, active: false } }))
        .updateCostCenter;
      expect(deactivated.costCenter?.active).toBe(false);

      const created = (await admin.data(TestCreateCostCenterDocument, { input: { code: 'CC-LAB-1', name: 'Lab' } }))
        .createCostCenter;
      expect(created.costCenter).toEqual(expect.objectContaining({ code: 'CC-LAB-1', active: true }));
      const duplicate = (await admin.data(TestCreateCostCenterDocument, { input: { code: 'CC-LAB-1', name: 'Lab 2' } }))
        .createCostCenter;
      expect(duplicate.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
      expect(
        (await admin.data(TestDeleteCostCenterDocument, { input: { id: created.costCenter!.id } })).deleteCostCenter,
      ).toEqual({ deletedId: created.costCenter!.id, userErrors: [] });
    });

    it('lets an admin set the checkout defaults and the default payment method', async () => {
      const methods = (await admin.data(TestPaymentMethodsDocument)).paymentMethods;
      const method = methods.at(-1)!;
      const updated = (await admin.data(TestUpdateCheckoutDefaultsDocument, { input: { paymentMethodId: method.id } }))
        .updateCheckoutDefaults;
      expect(updated.userErrors).toEqual([]);
      expect(updated.checkoutDefaults?.paymentMethod?.id).toBe(method.id);
      const buyer = await app.as('buyer@acme.test');
      expect((await buyer.data(TestCheckoutDefaultsDocument)).checkoutDefaults.paymentMethod?.id).toBe(method.id);

      const inactive = (
        await admin.data(TestCreateCostCenterDocument, { input: { code: 'CC-OFF', name: 'Off', active: false } })
      ).createCostCenter.costCenter!;
      const refused = (await admin.data(TestUpdateCheckoutDefaultsDocument, { input: { costCenterId: inactive.id } }))
        .updateCheckoutDefaults;
      expect(refused.userErrors.map((error) => error.code)).toEqual(['COST_CENTER_INACTIVE']);
    });
  });
});
