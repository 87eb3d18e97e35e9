import {
  TestAddFastOrderToCartDocument,
  TestAddToCartDocument,
  TestAddressesDocument,
  TestCartDocument,
  TestCheckoutDefaultsDocument,
  TestClearCartDocument,
  TestCostCentersDocument,
  TestExpressCheckoutDocument,
  TestPaymentMethodsDocument,
  TestRemoveCartLineDocument,
  TestReorderDocument,
  TestShippingMethodsDocument,
  TestSubmitOrderDocument,
  TestUpdateCartLineDocument,
  TestValidateFastOrderDocument,
  TestCatalogSettingsDocument,
  TestCategoriesDocument,
  TestCockpitDocument,
  TestCreateCustomerProductNumberDocument,
  TestCustomerProductNumbersDocument,
  TestDeleteCustomerProductNumberDocument,
  TestImportCustomerProductNumbersDocument,
  TestLoginDocument,
  TestLogoutDocument,
  TestMeDocument,
  TestOrderDocument,
  TestOrdersDocument,
  TestProductDocument,
  TestProductsDocument,
  TestQuickSearchDocument,
  TestRefreshSessionDocument,
  TestSalesCustomersDocument,
  TestSetProductNumberDisplayDocument,
  TestSwitchCompanyDocument,
  TestUpdateCustomerProductNumberDocument,
} from '@branchline/graphql-types';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { findUndeclaredOperations } from '../src/common/auth/undeclared-operations';
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
};
type Call = (client: TestClient, fixtures: Fixtures, fresh: () => Promise<FreshSession>) => Promise<GraphQLResponse<unknown>>;
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
  ['orders', (c) => c.request(TestOrdersDocument, { first: 5 }), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ['order (Acme, placed by buyer@acme)', (c, f) => c.request(TestOrderDocument, { id: f.acmeOrderOfBuyer }),
    [U, 'ok', 'ok', 'ok', 'ok', N, N, 'ok', F, F, F]],
  ['order (Globex, placed by buyer@globex)', (c, f) => c.request(TestOrderDocument, { id: f.globexOrderOfBuyer }),
    [U, N, N, N, N, 'ok', 'ok', N, F, F, F]],
  ['products', (c) => c.request(TestProductsDocument, { first: 5 }), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ['product (in both assortments)', (c, f) => c.request(TestProductDocument, { id: f.productInBoth }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ["product (outside Globex's assortment)", (c, f) => c.request(TestProductDocument, { id: f.productOutsideGlobex }),
    [U, 'ok', 'ok', 'ok', 'ok', N, N, 'ok', F, F, F]],
  ['categories', (c) => c.request(TestCategoriesDocument, {}), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ['quickSearch', (c) => c.request(TestQuickSearchDocument, { query: 'hammer' }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ['customerProductNumbers', (c) => c.request(TestCustomerProductNumbersDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ['catalogSettings', (c) => c.request(TestCatalogSettingsDocument), [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ['createCustomerProductNumber (product in both assortments)', (c, f) =>
    c.request(TestCreateCustomerProductNumberDocument, { input: { productId: f.productInBoth, number: `M-${randomUUID()}` } }),
    [U, 'ok', F, F, F, 'ok', F, 'ok', F, F, F]],
  ["createCustomerProductNumber (product outside Globex's assortment)", (c, f) =>
    c.request(TestCreateCustomerProductNumberDocument, {
      input: { productId: f.productOutsideGlobex, number: `M-${randomUUID()}` },
    }),
    [U, 'ok', F, F, F, N, F, 'ok', F, F, F]],
  ["updateCustomerProductNumber (Acme's number)", (c, f) =>
    c.request(TestUpdateCustomerProductNumberDocument, { input: { id: f.acmeProductNumber, number: `M-${randomUUID()}` } }),
    [U, 'ok', F, F, F, N, F, 'ok', F, F, F]],
  ["deleteCustomerProductNumber (Acme's number)", async (c, f) =>
    c.request(TestDeleteCustomerProductNumberDocument, { input: { id: await f.freshAcmeProductNumber() } }),
    [U, 'ok', F, F, F, N, F, 'ok', F, F, F]],
  ['importCustomerProductNumbers', (c) =>
    c.request(TestImportCustomerProductNumbersDocument, { input: { csv: 'M-1;BL-00000' } }),
    [U, 'ok', F, F, F, 'ok', F, 'ok', F, F, F]],
  ['setProductNumberDisplay', (c) =>
    c.request(TestSetProductNumberDisplayDocument, { input: { productNumberDisplay: 'ADDITIONAL' } }),
    [U, 'ok', F, F, F, 'ok', F, 'ok', F, F, F]],
  ['cart', (c) => c.request(TestCartDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['addToCart (product in both assortments)', (c, f) =>
    c.request(TestAddToCartDocument, { input: { productId: f.productInBoth, quantity: 1 } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ["addToCart (product outside Globex's assortment)", (c, f) =>
    c.request(TestAddToCartDocument, { input: { productId: f.productOutsideGlobex, quantity: 1 } }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F]],
  ["updateCartLine (buyer@acme's cart)", async (c, f) =>
    c.request(TestUpdateCartLineDocument, { input: { lineId: await f.freshAcmeBuyerCartLine(), comment: 'x' } }),
    [U, N, 'ok', F, F, N, N, N, F, F, F]],
  ["removeCartLine (buyer@acme's cart)", async (c, f) =>
    c.request(TestRemoveCartLineDocument, { input: { lineId: await f.freshAcmeBuyerCartLine() } }),
    [U, N, 'ok', F, F, N, N, N, F, F, F]],
  ['clearCart', (c) => c.request(TestClearCartDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['addresses', (c) => c.request(TestAddressesDocument, { first: 5 }), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['costCenters', (c) => c.request(TestCostCentersDocument, { first: 5 }),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', F, F, F]],
  ['shippingMethods', (c) => c.request(TestShippingMethodsDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['paymentMethods', (c) => c.request(TestPaymentMethodsDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['checkoutDefaults', (c) => c.request(TestCheckoutDefaultsDocument), [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['submitOrder', (c) => c.request(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID() } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ["submitOrder (Acme's address)", (c, f) =>
    c.request(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID(), billingAddress: { addressId: f.acmeAddress } } }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F]],
  ["submitOrder (Acme's cost center)", (c, f) =>
    c.request(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID(), costCenterId: f.acmeCostCenter } }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F]],
  ['expressCheckout', (c) => c.request(TestExpressCheckoutDocument, { input: { idempotencyKey: randomUUID() } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['reorder (Acme, placed by buyer@acme)', (c, f) => c.request(TestReorderDocument, { input: { orderId: f.acmeOrderOfBuyer } }),
    [U, 'ok', 'ok', F, F, N, N, 'ok', F, F, F]],
  ['reorder (Globex, placed by buyer@globex)', (c, f) =>
    c.request(TestReorderDocument, { input: { orderId: f.globexOrderOfBuyer } }),
    [U, N, N, F, F, 'ok', 'ok', N, F, F, F]],
  ['validateFastOrder', (c) => c.request(TestValidateFastOrderDocument, { input: { rows: [{ reference: 'X', quantity: 1 }] } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['addFastOrderToCart', (c) => c.request(TestAddFastOrderToCartDocument, { input: { csv: 'X;1' } }),
    [U, 'ok', 'ok', F, F, 'ok', 'ok', 'ok', F, F, F]],
  ['salesCustomers', (c) => c.request(TestSalesCustomersDocument, { first: 5 }), [U, F, F, F, F, F, F, F, 'ok', 'ok', F]],
  ['switchCompany (to Acme)', (c, f) => c.request(TestSwitchCompanyDocument, { input: { companyId: f.acmeId } }),
    [U, 'ok', 'ok', 'ok', 'ok', N, N, 'ok', N, N, N]],
  ['switchCompany (to Globex)', (c, f) => c.request(TestSwitchCompanyDocument, { input: { companyId: f.globexId } }),
    [U, N, N, N, N, 'ok', 'ok', 'ok', N, N, N]],
  ['logout', async (c, _f, fresh) => (c.token ? (await fresh()).client : c).request(TestLogoutDocument),
    [U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['login', (c) => c.request(TestLoginDocument, { input: { email: 'buyer@acme.test', password: 'wrong-password' } }),
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['refreshSession', async (c, _f, fresh) =>
    c.request(TestRefreshSessionDocument, { input: { refreshToken: (await fresh()).refreshToken ?? 'x' } }),
    ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
];

describe('authorization matrix', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  beforeAll(async () => {
    app = await startTestApp();
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

  it('has a row for every query and mutation of the schema, and each declares its access', () => {
    const schema = app.nest.get(GraphQLSchemaHost).schema;
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
      Object.keys(root?.getFields() ?? {}),
    );
    const covered = new Set(MATRIX.map(([operation]) => operation.split(' ')[0]));
    expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
    expect(findUndeclaredOperations(schema)).toEqual([]);
  });
});
