import { randomUUID } from 'node:crypto';

import {
  TestAcceptInvitationDocument,
  TestAddFastOrderToCartDocument,
  TestAddressesDocument,
  TestAddToCartDocument,
  TestCartDocument,
  TestCatalogSettingsDocument,
  TestCategoriesDocument,
  TestChangePasswordDocument,
  TestCheckoutDefaultsDocument,
  TestClearCartDocument,
  TestCockpitDocument,
  TestCostCentersDocument,
  TestCreateAddressDocument,
  TestCreateCostCenterDocument,
  TestCreateCustomerProductNumberDocument,
  TestCreateEmployeeDocument,
  TestCreateRoleDocument,
  TestCustomerProductNumbersDocument,
  TestDeleteAddressDocument,
  TestDeleteCostCenterDocument,
  TestDeleteCustomerProductNumberDocument,
  TestDeleteRoleDocument,
  TestEmployeesDocument,
  TestEndOtherSessionsDocument,
  TestEndSessionDocument,
  TestExportEmployeesDocument,
  TestExpressCheckoutDocument,
  TestGenerateLoginLinkDocument,
  TestImportCustomerProductNumbersDocument,
  TestImportEmployeesDocument,
  TestInvitationDocument,
  TestInviteEmployeeDocument,
  TestLoginDocument,
  TestLoginWithLinkDocument,
  TestLogoutDocument,
  TestMeDocument,
  TestOrderDocument,
  TestOrdersDocument,
  TestPaymentMethodsDocument,
  TestPermissionCatalogDocument,
  TestPortalSettingsDocument,
  TestProductDocument,
  TestProductsDocument,
  TestQuickSearchDocument,
  TestRefreshSessionDocument,
  TestRemoveCartLineDocument,
  TestReorderDocument,
  TestRolesDocument,
  TestSalesCustomersDocument,
  TestSessionsDocument,
  TestSetEmployeeActiveDocument,
  TestSetProductNumberDisplayDocument,
  TestShippingMethodsDocument,
  TestSubmitOrderDocument,
  TestSwitchCompanyDocument,
  TestUnlinkEmployeeDocument,
  TestUpdateAccountPreferencesDocument,
  TestUpdateAddressDocument,
  TestUpdateCartLineDocument,
  TestUpdateCheckoutDefaultsDocument,
  TestUpdateCostCenterDocument,
  TestUpdateCustomerProductNumberDocument,
  TestUpdateEmployeeDocument,
  TestUpdatePortalSettingsDocument,
  TestUpdateRoleDocument,
  TestValidateFastOrderDocument,
} from '@branchline/graphql-types';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { findUndeclaredOperations } from '../src/common/auth/undeclared-operations';
import { hashLinkToken, newLinkToken } from '../src/modules/identity/link-tokens';
import { DEMO_PASSWORD, GraphQLResponse, startTestApp, TestApp, TestClient } from './support/test-app';

// Who may call what. Every operation of the schema must have a row; every demo role a column.
// "ok" means the operation ran (data came back); other cells are the GraphQL error code expected.
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Fixtures = {
  acmeOrderOfBuyer: string;
  globexOrderOfBuyer: string;
  acmeId: string;
  globexId: string;
  // Products both Acme and Globex may see, and one outside Globex's assortment.
  productInBoth: string;
  productOutsideGlobex: string;
  acmeProductNumber: string;
  // A new Acme product number per call, for mutations that consume one.
  freshAcmeProductNumber: () => Promise<string>;
  acmeAddress: string;
  acmeCostCenter: string;
  // A new line in buyer@acme.test's cart per call: a cart nobody else may touch.
  freshAcmeBuyerCartLine: () => Promise<string>;
  acmeBuyerRole: string;
  acmeCustomRole: string;
  acmeEmployee: string;
  // New Acme rows per call, for mutations that consume one.
  freshAcmeRole: () => Promise<string>;
  freshAcmeEmployee: () => Promise<string>;
  freshAcmeAddress: () => Promise<string>;
  freshAcmeCostCenter: () => Promise<string>;
  // A new session of buyer@acme.test per call: nobody else's to end.
  freshAcmeBuyerSession: () => Promise<string>;
  // An open invite link to Acme (a new invitee per call).
  freshInvitationToken: () => Promise<string>;
  // A working login link of buyer@acme.test (login links are switched on for this test file).
  freshLoginLinkToken: () => Promise<string>;
};
type Call = (
  client: TestClient,
  fixtures: Fixtures,
  fresh: () => Promise<FreshSession>,
) => Promise<GraphQLResponse<unknown>>;
type FreshSession = { client: TestClient; refreshToken: string | null };

const ROLES = [
  'anonymous',
  'admin@acme.test',
  'buyer@acme.test',
  'viewer@acme.test',
  'finance@acme.test',
  'admin@globex.test',
  'buyer@globex.test',
  'multi@branchline.test',
  'rep@branchline.test',
  'supervisor@branchline.test',
  'operator@branchline.test',
] as const;

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';

//                                       anon adminA buyerA viewerA finA adminG buyerG multi rep  super oper
const MATRIX: Array<[string, Call, Outcome[]]> = [
  ['me', (c) => c.request(TestMeDocument), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['cockpit', (c) => c.request(TestCockpitDocument), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  [
    'orders',
    (c) => c.request(TestOrdersDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'order (Acme, placed by buyer@acme)',
    (c, f) => c.request(TestOrderDocument, { id: f.acmeOrderOfBuyer }),
    [U, 'ok', 'ok', 'ok', 'ok', N, N, 'ok', F, F, F],
  ],
  [
    'order (Globex, placed by buyer@globex)',
    (c, f) => c.request(TestOrderDocument, { id: f.globexOrderOfBuyer }),
    [U, N, N, N, N, 'ok', 'ok', N, F, F, F],
  ],
  [
    'products',
    (c) => c.request(TestProductsDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'product (in both assortments)',
    (c, f) => c.request(TestProductDocument, { id: f.productInBoth }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    "product (outside Globex's assortment)",
    (c, f) => c.request(TestProductDocument, { id: f.productOutsideGlobex }),
    [U, 'ok', 'ok', 'ok', 'ok', N, N, 'ok', F, F, F],
  ],
  ['categories', (c) => c.request(TestCategoriesDocument, {}), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  [
    'quickSearch',
    (c) => c.request(TestQuickSearchDocument, { query: 'hammer' }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'customerProductNumbers',
    (c) => c.request(TestCustomerProductNumbersDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'catalogSettings',
    (c) => c.request(TestCatalogSettingsDocument),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'createCustomerProductNumber (product in both assortments)',
    (c, f) =>
      c.request(TestCreateCustomerProductNumberDocument, {
        input: { productId: f.productInBoth, number: `M-${randomUUID()}` },
      }),
    [U, 'ok', F, F, F, 'ok', F, 'ok', F, F, F],
  ],
  [
    "createCustomerProductNumber (product outside Globex's assortment)",
    (c, f) =>
      c.request(TestCreateCustomerProductNumberDocument, {
        input: { productId: f.productOutsideGlobex, number: `M-${randomUUID()}` },
      }),
    [U, 'ok', F, F, F, N, F, 'ok', F, F, F],
  ],
  [
    "updateCustomerProductNumber (Acme's number)",
    (c, f) =>
      c.request(TestUpdateCustomerProductNumberDocument, {
        input: { id: f.acmeProductNumber, number: `M-${randomUUID()}` },
      }),
    [U, 'ok', F, F, F, N, F, 'ok', F, F, F],
  ],
  [
    "deleteCustomerProductNumber (Acme's number)",
    async (c, f) =>
      c.request(TestDeleteCustomerProductNumberDocument, { input: { id: await f.freshAcmeProductNumber() } }),
    [U, 'ok', F, F, F, N, F, 'ok', F, F, F],
  ],
  [
    'importCustomerProductNumbers',
    (c) => c.request(TestImportCustomerProductNumbersDocument, { input: { csv: 'M-1;BL-00000' } }),
    [U, 'ok', F, F, F, 'ok', F, 'ok', F, F, F],
  ],
  [
    'setProductNumberDisplay',
    (c) => c.request(TestSetProductNumberDisplayDocument, { input: { productNumberDisplay: 'ADDITIONAL' } }),
    [U, 'ok', F, F, F, 'ok', F, 'ok', F, F, F],
  ],
  ['cart', (c) => c.request(TestCartDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  [
    'addToCart (product in both assortments)',
    (c, f) => c.request(TestAddToCartDocument, { input: { productId: f.productInBoth, quantity: 1 } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    "addToCart (product outside Globex's assortment)",
    (c, f) => c.request(TestAddToCartDocument, { input: { productId: f.productOutsideGlobex, quantity: 1 } }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F],
  ],
  [
    "updateCartLine (buyer@acme's cart)",
    async (c, f) =>
      c.request(TestUpdateCartLineDocument, { input: { lineId: await f.freshAcmeBuyerCartLine(), comment: 'x' } }),
    [U, N, 'ok', F, F, N, N, N, F, F, F],
  ],
  [
    "removeCartLine (buyer@acme's cart)",
    async (c, f) => c.request(TestRemoveCartLineDocument, { input: { lineId: await f.freshAcmeBuyerCartLine() } }),
    [U, N, 'ok', F, F, N, N, N, F, F, F],
  ],
  ['clearCart', (c) => c.request(TestClearCartDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  [
    'addresses',
    (c) => c.request(TestAddressesDocument, { first: 5 }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'costCenters',
    (c) => c.request(TestCostCentersDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  ['shippingMethods', (c) => c.request(TestShippingMethodsDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['paymentMethods', (c) => c.request(TestPaymentMethodsDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  [
    'checkoutDefaults',
    (c) => c.request(TestCheckoutDefaultsDocument),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'submitOrder',
    (c) => c.request(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID() } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    "submitOrder (Acme's address)",
    (c, f) =>
      c.request(TestSubmitOrderDocument, {
        input: { idempotencyKey: randomUUID(), billingAddress: { addressId: f.acmeAddress } },
      }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F],
  ],
  [
    "submitOrder (Acme's cost center)",
    (c, f) =>
      c.request(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID(), costCenterId: f.acmeCostCenter } }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F],
  ],
  [
    'expressCheckout',
    (c) => c.request(TestExpressCheckoutDocument, { input: { idempotencyKey: randomUUID() } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'reorder (Acme, placed by buyer@acme)',
    (c, f) => c.request(TestReorderDocument, { input: { orderId: f.acmeOrderOfBuyer } }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F],
  ],
  [
    'reorder (Globex, placed by buyer@globex)',
    (c, f) => c.request(TestReorderDocument, { input: { orderId: f.globexOrderOfBuyer } }),
    [U, N, N, F, F, 'ok', 'ok', N, F, F, F],
  ],
  [
    'validateFastOrder',
    (c) => c.request(TestValidateFastOrderDocument, { input: { rows: [{ reference: 'X', quantity: 1 }] } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'addFastOrderToCart',
    (c) => c.request(TestAddFastOrderToCartDocument, { input: { csv: 'X;1' } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    'salesCustomers',
    (c) => c.request(TestSalesCustomersDocument, { first: 5 }),
    [U, F, F, F, F, F, F, F, 'ok', 'ok', F],
  ],
  [
    'switchCompany (to Acme)',
    (c, f) => c.request(TestSwitchCompanyDocument, { input: { companyId: f.acmeId } }),
    [U, 'ok', 'ok', 'ok', 'ok', N, N, 'ok', N, N, N],
  ],
  [
    'switchCompany (to Globex)',
    (c, f) => c.request(TestSwitchCompanyDocument, { input: { companyId: f.globexId } }),
    [U, N, N, N, N, 'ok', 'ok', 'ok', N, N, N],
  ],
  [
    'logout',
    async (c, _f, fresh) => (c.token ? (await fresh()).client : c).request(TestLogoutDocument),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  // An unknown email: failed sign-ins are throttled per email, and the demo logins are needed further down.
  [
    'login',
    (c) => c.request(TestLoginDocument, { input: { email: 'matrix@nowhere.test', password: 'wrong-password' } }),
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    'refreshSession',
    async (c, _f, fresh) =>
      c.request(TestRefreshSessionDocument, { input: { refreshToken: (await fresh()).refreshToken ?? 'x' } }),
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  // Company self-service (issue 3). MANAGE_EMPLOYEES and MANAGE_ADDRESSES_AND_COST_CENTERS: admins only.
  ['roles', (c) => c.request(TestRolesDocument), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  [
    'permissionCatalog',
    (c) => c.request(TestPermissionCatalogDocument),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    'createRole',
    (c) => c.request(TestCreateRoleDocument, { input: { name: `M-${randomUUID()}`, permissions: ['VIEW_CATALOG'] } }),
    [U, 'ok', F, F, F, 'ok', F, F, F, F, F],
  ],
  [
    "updateRole (Acme's custom role)",
    (c, f) => c.request(TestUpdateRoleDocument, { input: { id: f.acmeCustomRole, permissions: ['VIEW_CATALOG'] } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    "deleteRole (Acme's role)",
    async (c, f) => c.request(TestDeleteRoleDocument, { input: { id: await f.freshAcmeRole() } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    'employees',
    (c) => c.request(TestEmployeesDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F],
  ],
  [
    "createEmployee (Acme's role)",
    (c, f) =>
      c.request(TestCreateEmployeeDocument, {
        input: {
          firstName: 'Matrix',
          lastName: 'Person',
          email: `m-${randomUUID()}@acme.test`,
          roleId: f.acmeBuyerRole,
        },
      }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    'createEmployee (as admin)',
    (c) =>
      c.request(TestCreateEmployeeDocument, {
        input: { firstName: 'Matrix', lastName: 'Admin', email: `m-${randomUUID()}@example.test`, isAdmin: true },
      }),
    [U, 'ok', F, F, F, 'ok', F, F, F, F, F],
  ],
  [
    "updateEmployee (Acme's employee)",
    (c, f) => c.request(TestUpdateEmployeeDocument, { input: { id: f.acmeEmployee, department: 'Matrix' } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    "setEmployeeActive (Acme's employee)",
    async (c, f) =>
      c.request(TestSetEmployeeActiveDocument, { input: { id: await f.freshAcmeEmployee(), active: false } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    "unlinkEmployee (Acme's employee)",
    async (c, f) => c.request(TestUnlinkEmployeeDocument, { input: { id: await f.freshAcmeEmployee() } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    'createAddress',
    (c) =>
      c.request(TestCreateAddressDocument, {
        input: { companyName: 'Matrix', street: 'Main St 1', postalCode: '12345', city: 'Berlin', countryCode: 'DE' },
      }),
    [U, 'ok', F, F, F, 'ok', F, F, F, F, F],
  ],
  [
    "updateAddress (Acme's address)",
    (c, f) => c.request(TestUpdateAddressDocument, { input: { id: f.acmeAddress, contactName: 'Matrix' } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    "deleteAddress (Acme's address)",
    async (c, f) => c.request(TestDeleteAddressDocument, { input: { id: await f.freshAcmeAddress() } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    'createCostCenter',
    (c) => c.request(TestCreateCostCenterDocument, { input: { code: `M-${randomUUID()}`, name: 'Matrix' } }),
    [U, 'ok', F, F, F, 'ok', F, F, F, F, F],
  ],
  [
    "updateCostCenter (Acme's cost center)",
    (c, f) => c.request(TestUpdateCostCenterDocument, { input: { id: f.acmeCostCenter } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    "deleteCostCenter (Acme's cost center)",
    async (c, f) => c.request(TestDeleteCostCenterDocument, { input: { id: await f.freshAcmeCostCenter() } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    'updateCheckoutDefaults',
    (c) => c.request(TestUpdateCheckoutDefaultsDocument, { input: {} }),
    [U, 'ok', F, F, F, 'ok', F, F, F, F, F],
  ],
  [
    "updateCheckoutDefaults (Acme's cost center)",
    (c, f) => c.request(TestUpdateCheckoutDefaultsDocument, { input: { costCenterId: f.acmeCostCenter } }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    'sessions',
    (c) => c.request(TestSessionsDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    'endSession (own session)',
    async (c, _f, fresh) => {
      if (!c.token) return c.request(TestEndSessionDocument, { input: { sessionId: randomUUID() } });
      const { client } = await fresh();
      const { sessions } = await client.data(TestSessionsDocument, { first: 100 });
      const current = sessions.edges.find((edge) => edge.node.isCurrent)!.node.id;
      return c.request(TestEndSessionDocument, { input: { sessionId: current } });
    },
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    "endSession (buyer@acme's session)",
    async (c, f) => c.request(TestEndSessionDocument, { input: { sessionId: await f.freshAcmeBuyerSession() } }),
    [U, N, 'ok', N, N, N, N, N, N, N, N],
  ],
  [
    'endOtherSessions',
    (c) => c.request(TestEndOtherSessionsDocument),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  // The right current password and a too-short new one: checks access without changing demo passwords.
  [
    'changePassword',
    (c) => c.request(TestChangePasswordDocument, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    'updateAccountPreferences',
    (c) => c.request(TestUpdateAccountPreferencesDocument, { input: { loginTarget: 'ORDERS' } }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    'updateAccountPreferences (Globex as preferred company)',
    (c, f) => c.request(TestUpdateAccountPreferencesDocument, { input: { preferredCompanyId: f.globexId } }),
    [U, N, N, N, N, 'ok', 'ok', 'ok', N, N, N],
  ],
  ['exportEmployees', (c) => c.request(TestExportEmployeesDocument), [U, 'ok', F, F, F, 'ok', F, F, F, F, F]],
  // An unknown role: the row is rejected, nothing changes.
  [
    'importEmployees',
    (c) =>
      c.request(TestImportEmployeesDocument, {
        input: { csv: 'Ms;Matrix;Row;matrix-row@example.test;;;No such role;no;yes' },
      }),
    [U, 'ok', F, F, F, 'ok', F, F, F, F, F],
  ],
  // Invite links, login links, portal settings (issue 3).
  [
    "inviteEmployee (Acme's role)",
    (c, f) =>
      c.request(TestInviteEmployeeDocument, {
        input: {
          firstName: 'Matrix',
          lastName: 'Invitee',
          email: `m-${randomUUID()}@acme.test`,
          roleId: f.acmeBuyerRole,
        },
      }),
    [U, 'ok', F, F, F, N, F, F, F, F, F],
  ],
  [
    'invitation (open link)',
    async (c, f) => c.request(TestInvitationDocument, { token: await f.freshInvitationToken() }),
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    'invitation (unknown link)',
    (c) => c.request(TestInvitationDocument, { token: randomUUID() }),
    [N, N, N, N, N, N, N, N, N, N, N],
  ],
  // A too-short password: checks access without using the link up.
  [
    'acceptInvitation (open link)',
    async (c, f) =>
      c.request(TestAcceptInvitationDocument, { input: { token: await f.freshInvitationToken(), password: 'short' } }),
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  [
    'acceptInvitation (unknown link)',
    (c) =>
      c.request(TestAcceptInvitationDocument, { input: { token: randomUUID(), password: 'long-enough-password' } }),
    [N, N, N, N, N, N, N, N, N, N, N],
  ],
  ['portalSettings', (c) => c.request(TestPortalSettingsDocument), [U, F, F, F, F, F, F, F, F, F, 'ok']],
  [
    'updatePortalSettings',
    (c) => c.request(TestUpdatePortalSettingsDocument, { input: {} }),
    [U, F, F, F, F, F, F, F, F, F, 'ok'],
  ],
  [
    'generateLoginLink',
    (c) => c.request(TestGenerateLoginLinkDocument),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
  // A working link: failed attempts would count against this address and throttle the demo logins.
  [
    'loginWithLink',
    async (c, f) => c.request(TestLoginWithLinkDocument, { input: { token: await f.freshLoginLinkToken() } }),
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  ],
];

describe('authorization matrix', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  beforeAll(async () => {
    app = await startTestApp();
    await app.dataSource.query(`UPDATE portal_settings SET login_links_enabled = true`);
    await app.dataSource.query(`UPDATE users SET wants_login_link = true WHERE email = 'buyer@acme.test'`);
    const one = async (sql: string, parameters: unknown[] = []) =>
      (await app.dataSource.query(sql, parameters))[0].id as string;
    fixtures = {
      acmeId: await one(`SELECT id FROM companies WHERE name = 'Acme Industrial'`),
      globexId: await one(`SELECT id FROM companies WHERE name = 'Globex Construction'`),
      acmeOrderOfBuyer: await one(
        `SELECT o.id FROM orders o JOIN users u ON u.id = o.placed_by_id WHERE u.email = 'buyer@acme.test' LIMIT 1`,
      ),
      globexOrderOfBuyer: await one(
        `SELECT o.id FROM orders o JOIN users u ON u.id = o.placed_by_id WHERE u.email = 'buyer@globex.test' LIMIT 1`,
      ),
      productInBoth: await one(
        `SELECT p.id FROM products p JOIN assortment_products a ON a.product_id = p.id
         JOIN companies c ON c.id = a.company_id AND c.name = 'Globex Construction' ORDER BY p.sku LIMIT 1`,
      ),
      productOutsideGlobex: await one(
        `SELECT p.id FROM products p WHERE NOT EXISTS (
           SELECT 1 FROM assortment_products a JOIN companies c ON c.id = a.company_id AND c.name = 'Globex Construction'
           WHERE a.product_id = p.id) ORDER BY p.sku LIMIT 1`,
      ),
      acmeProductNumber: await one(
        `SELECT n.id FROM customer_product_numbers n JOIN companies c ON c.id = n.company_id AND c.name = 'Acme Industrial'
         ORDER BY n.number LIMIT 1`,
      ),
      acmeAddress: await one(
        `SELECT a.id FROM company_addresses a JOIN companies c ON c.id = a.company_id AND c.name = 'Acme Industrial' LIMIT 1`,
      ),
      acmeCostCenter: await one(
        `SELECT cc.id FROM cost_centers cc JOIN companies c ON c.id = cc.company_id AND c.name = 'Acme Industrial'
         WHERE cc.active ORDER BY cc.code LIMIT 1`,
      ),
      freshAcmeBuyerCartLine: async () => {
        const cartId = await one(
          `INSERT INTO carts (user_id, company_id)
           SELECT u.id, c.id FROM users u, companies c WHERE u.email = 'buyer@acme.test' AND c.name = 'Acme Industrial'
           ON CONFLICT (user_id, company_id) DO UPDATE SET updated_at = now() RETURNING id`,
        );
        return one(
          `INSERT INTO cart_lines (cart_id, product_id, quantity)
           SELECT $1, p.id, p.min_quantity FROM products p
           WHERE p.active AND NOT EXISTS (SELECT 1 FROM cart_lines l WHERE l.cart_id = $1 AND l.product_id = p.id)
           ORDER BY p.sku LIMIT 1 RETURNING id`,
          [cartId],
        );
      },
      acmeBuyerRole: await one(
        `SELECT r.id FROM roles r JOIN companies c ON c.id = r.company_id AND c.name = 'Acme Industrial' WHERE r.name = 'Buyer'`,
      ),
      acmeCustomRole: await one(
        `INSERT INTO roles (company_id, name, permissions) SELECT id, 'Matrix custom', '{view_catalog}' FROM companies
         WHERE name = 'Acme Industrial' RETURNING id`,
      ),
      acmeEmployee: await one(
        `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id JOIN companies c ON c.id = m.company_id
         WHERE c.name = 'Acme Industrial' AND u.email = 'buyer@acme.test'`,
      ),
      freshAcmeRole: () =>
        one(
          `INSERT INTO roles (company_id, name, permissions) SELECT id, 'M-' || gen_random_uuid(), '{view_catalog}'
           FROM companies WHERE name = 'Acme Industrial' RETURNING id`,
        ),
      freshAcmeEmployee: async () => {
        const userId = await one(
          `INSERT INTO users (email, password_hash, first_name, last_name, kind)
           VALUES ('m-' || gen_random_uuid() || '@acme.test', '!no-password-set', 'Matrix', 'Fresh', 'employee') RETURNING id`,
        );
        return one(
          `INSERT INTO memberships (user_id, company_id, role_id)
           SELECT $1, c.id, r.id FROM companies c JOIN roles r ON r.company_id = c.id AND r.name = 'Buyer'
           WHERE c.name = 'Acme Industrial' RETURNING id`,
          [userId],
        );
      },
      freshAcmeAddress: () =>
        one(
          `INSERT INTO company_addresses (company_id, company_name, street, postal_code, city, country_code)
           SELECT id, 'Matrix', 'Main St 1', '12345', 'Berlin', 'DE' FROM companies WHERE name = 'Acme Industrial'
           RETURNING id`,
        ),
      freshAcmeCostCenter: () =>
        one(
          `INSERT INTO cost_centers (company_id, code, name) SELECT id, 'M-' || gen_random_uuid(), 'Matrix'
           FROM companies WHERE name = 'Acme Industrial' RETURNING id`,
        ),
      freshAcmeBuyerSession: async () => {
        const { login } = await app.anonymous.data(TestLoginDocument, {
          input: { email: 'buyer@acme.test', password: DEMO_PASSWORD },
        });
        const { sessions } = await app.clientWithToken(login.accessToken).data(TestSessionsDocument, { first: 100 });
        return sessions.edges.find((edge) => edge.node.isCurrent)!.node.id;
      },
      freshInvitationToken: async () => {
        const token = newLinkToken();
        const userId = await one(
          `INSERT INTO users (email, password_hash, first_name, last_name, kind)
           VALUES ('m-' || gen_random_uuid() || '@acme.test', '!no-password-set', 'Matrix', 'Invitee', 'employee') RETURNING id`,
        );
        await one(
          `WITH m AS (
             INSERT INTO memberships (user_id, company_id, role_id)
             SELECT $1, c.id, r.id FROM companies c JOIN roles r ON r.company_id = c.id AND r.name = 'Buyer'
             WHERE c.name = 'Acme Industrial' RETURNING id)
           INSERT INTO invitations (membership_id, token_hash, expires_at)
           SELECT m.id, $2, now() + interval '1 day' FROM m RETURNING id`,
          [userId, hashLinkToken(token)],
        );
        return token;
      },
      freshLoginLinkToken: async () => {
        const token = newLinkToken();
        await one(
          `INSERT INTO login_links (user_id, token_hash) SELECT id, $1 FROM users WHERE email = 'buyer@acme.test'
           ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash RETURNING user_id AS id`,
          [hashLinkToken(token)],
        );
        return token;
      },
      freshAcmeProductNumber: () =>
        one(
          `INSERT INTO customer_product_numbers (company_id, product_id, number)
           SELECT c.id, p.id, 'M-' || gen_random_uuid() FROM companies c CROSS JOIN products p
           WHERE c.name = 'Acme Industrial'
             AND NOT EXISTS (SELECT 1 FROM customer_product_numbers n WHERE n.company_id = c.id AND n.product_id = p.id)
           ORDER BY p.sku LIMIT 1
           RETURNING id`,
        ),
    };
  });
  afterAll(() => app.close());

  const cases = MATRIX.flatMap(([operation, call, outcomes]) =>
    ROLES.map((role, index) => ({ operation, role, call, expected: outcomes[index] })),
  );

  it.each(cases)('$operation as $role: $expected', async ({ role, call, expected }) => {
    const fresh = async (): Promise<FreshSession> => {
      const email = role === 'anonymous' ? 'buyer@acme.test' : role;
      const { login } = await app.anonymous.data(TestLoginDocument, { input: { email, password: DEMO_PASSWORD } });
      return { client: app.clientWithToken(login.accessToken), refreshToken: login.refreshToken ?? null };
    };
    const client = role === 'anonymous' ? app.anonymous : await app.as(role);
    const response = await call(client, fixtures, fresh);
    const outcome = response.errors?.length ? response.errors[0].extensions?.code : response.data ? 'ok' : 'no data';
    expect(outcome).toBe(expected);
  });

  it('finds an access declaration on every query and mutation of the schema', () => {
    expect(findUndeclaredOperations(app.nest.get(GraphQLSchemaHost).schema)).toEqual([]);
  });

  it('has a row for every query and mutation of the schema', () => {
    const schema = app.nest.get(GraphQLSchemaHost).schema;
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
      Object.keys(root?.getFields() ?? {}),
    );
    const covered = new Set(MATRIX.map(([operation]) => operation.split(' ')[0]));
    expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
  });
});
