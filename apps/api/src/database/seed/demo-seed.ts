import { argon2id, hash } from 'argon2';
import { EntityManager } from 'typeorm';

import { UserKind } from '../../common/auth/user-kind';
import { AssortmentProduct } from '../../modules/catalog/assortment-product.entity';
import { CatalogSettings, ProductNumberDisplay } from '../../modules/catalog/catalog-settings.entity';
import { Category } from '../../modules/catalog/category.entity';
import { CustomerProductNumber } from '../../modules/catalog/customer-product-number.entity';
import { Product } from '../../modules/catalog/product.entity';
import { CheckoutDefaults } from '../../modules/checkout/checkout-defaults.entity';
import { PaymentMethod } from '../../modules/checkout/payment-method.entity';
import { ShippingMethod } from '../../modules/checkout/shipping-method.entity';
import { Company, CompanyKind } from '../../modules/companies/company.entity';
import { CompanyAddress } from '../../modules/companies/company-address.entity';
import { CostCenter } from '../../modules/companies/cost-center.entity';
import { Membership } from '../../modules/companies/membership.entity';
import { PRESET_ROLES } from '../../modules/companies/preset-roles';
import { Role } from '../../modules/companies/role.entity';
import { User } from '../../modules/identity/user.entity';
import { Order } from '../../modules/orders/order.entity';
import { OrderLine } from '../../modules/orders/order-line.entity';
import { OrderStatus } from '../../modules/orders/order-status';
import { ContractPrice } from '../../modules/pricing/contract-price.entity';
import { TierPrice } from '../../modules/pricing/tier-price.entity';
import { RepAssignment } from '../../modules/sales/rep-assignment.entity';
import { bulkInsert, idsBy } from './bulk-insert';
import { buildCatalog, Catalog } from './catalog-data';
import { buildCheckoutData, CheckoutData, PAYMENT_METHODS, SHIPPING_METHODS } from './checkout-data';
import { DEMO_COMPANIES } from './company-data';
import { buildDemoUsers, DemoUser } from './demo-users';
import { DemoOrder, generateOrders } from './order-generator';
import { buildCatalogConditions, CatalogConditions } from './pricing-data';
import { SeededRandom } from './seeded-random';

// Every demo login uses this password.
export const DEMO_PASSWORD = 'branchline';

// One stream per concern, so editing the people does not reshuffle the catalog or the orders.
const SEEDS = {
  catalog: 0x5eed_0001,
  people: 0x5eed_0002,
  orders: 0x5eed_0003,
  conditions: 0x5eed_0004,
  checkout: 0x5eed_0005,
};
const DAY = 24 * 60 * 60_000;

export interface SeedDemoDataOptions {
  // Orders span the 18 months before this moment. The same `now` always gives the same data.
  now?: Date;
}

// Inserts the demo data set through `manager`; the caller owns the transaction.
export async function seedDemoData(manager: EntityManager, options: SeedDemoDataOptions = {}): Promise<void> {
  const now = options.now ?? new Date();
  const catalog = buildCatalog(new SeededRandom(SEEDS.catalog));
  const users = buildDemoUsers(new SeededRandom(SEEDS.people));
  const orders = generateOrders(new SeededRandom(SEEDS.orders), DEMO_COMPANIES, users, catalog.products, now);
  const conditions = buildCatalogConditions(new SeededRandom(SEEDS.conditions), DEMO_COMPANIES, catalog.products, now);
  const checkout = buildCheckoutData(new SeededRandom(SEEDS.checkout), DEMO_COMPANIES);

  // One hash for everybody: argon2 is slow on purpose, and the password is the same anyway. It runs on
  // libuv's thread pool while the catalog goes in.
  const [passwordHash, productIds] = await Promise.all([
    hash(DEMO_PASSWORD, { type: argon2id }),
    insertCatalog(manager, catalog, now),
  ]);
  const { companyIds, roleIds } = await insertCompanies(manager, now);
  const userIds = await insertUsers(manager, users, { companyIds, roleIds }, passwordHash, now);
  await insertOrders(manager, orders, { companyIds, userIds, productIds });
  await insertCatalogConditions(manager, conditions, { companyIds, productIds });
  await insertCheckoutData(manager, checkout, companyIds);
}

async function insertCatalog(manager: EntityManager, catalog: Catalog, now: Date): Promise<Map<string, string>> {
  // Parents first: children need their ids.
  const tops = catalog.categories.filter((category) => category.parentSlug === null);
  const topRows = tops.map(({ slug, name, position }) => ({ slug, name, position, parentId: null }));
  const topIds = idsBy(await bulkInsert(manager, Category, topRows, ['id', 'slug']), 'slug');
  const childRows = catalog.categories.flatMap(({ slug, name, position, parentSlug }) =>
    parentSlug === null ? [] : [{ slug, name, position, parentId: topIds.get(parentSlug)! }],
  );
  const categoryIds = idsBy(await bulkInsert(manager, Category, childRows, ['id', 'slug']), 'slug');
  const createdAt = new Date(now.getTime() - 720 * DAY);
  const rows = catalog.products.map((product) => ({
    sku: product.sku,
    name: product.name,
    description: product.description,
    categoryId: categoryIds.get(product.categorySlug)!,
    unit: product.unit,
    packSize: product.packSize,
    minQuantity: product.minQuantity,
    taxRate: product.taxRate,
    listPrice: product.listPrice,
    currency: 'EUR',
    stock: product.stock,
    active: product.active,
    createdAt,
  }));
  return idsBy(await bulkInsert(manager, Product, rows, ['id', 'sku']), 'sku');
}

async function insertCompanies(
  manager: EntityManager,
  now: Date,
): Promise<{ companyIds: Map<string, string>; roleIds: Map<string, string> }> {
  const rows = DEMO_COMPANIES.map((company, index) => ({
    customerNumber: company.customerNumber,
    name: company.name,
    kind: company.kind as CompanyKind,
    city: company.city,
    countryCode: company.countryCode,
    currency: 'EUR',
    // Long-standing customers: every one predates the order history.
    createdAt: new Date(now.getTime() - (1900 - index * 90) * DAY),
  }));
  const companyIds = idsBy(await bulkInsert(manager, Company, rows, ['id', 'customerNumber']), 'customer_number');
  const roles = [...companyIds.values()].flatMap((companyId) =>
    PRESET_ROLES.map((role) => ({ companyId, name: role.name, permissions: [...role.permissions], isPreset: true })),
  );
  const roleRows = await bulkInsert(manager, Role, roles, ['id', 'companyId', 'name']);
  // Keyed "<company id>:<role name>".
  const roleIds = new Map(roleRows.map((role) => [`${role.company_id}:${role.name}`, role.id]));
  return { companyIds, roleIds };
}

async function insertUsers(
  manager: EntityManager,
  users: readonly DemoUser[],
  { companyIds, roleIds }: { companyIds: Map<string, string>; roleIds: Map<string, string> },
  passwordHash: string,
  now: Date,
): Promise<Map<string, string>> {
  const createdAt = new Date(now.getTime() - 600 * DAY);
  const rows = users.map((user) => ({
    email: user.email,
    passwordHash,
    salutation: user.salutation,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    kind: user.kind as UserKind,
    isSupervisor: user.isSupervisor,
    active: true,
    preferredCompanyId: user.preferredCustomerNumber ? companyIds.get(user.preferredCustomerNumber)! : null,
    createdAt,
    updatedAt: createdAt,
  }));
  const userIds = idsBy(await bulkInsert(manager, User, rows, ['id', 'email']), 'email');

  const memberships = users.flatMap((user) =>
    user.memberships.map((membership) => {
      const companyId = companyIds.get(membership.customerNumber)!;
      return {
        userId: userIds.get(user.email)!,
        companyId,
        isAdmin: membership.isAdmin,
        roleId: membership.role ? roleIds.get(`${companyId}:${membership.role}`)! : null,
        department: membership.department,
        active: membership.active,
        createdAt,
      };
    }),
  );
  await bulkInsert(manager, Membership, memberships);
  const assignments = users.flatMap((user) =>
    user.assignments.map((customerNumber) => ({
      repId: userIds.get(user.email)!,
      companyId: companyIds.get(customerNumber)!,
      createdAt,
    })),
  );
  await bulkInsert(manager, RepAssignment, assignments);
  return userIds;
}

async function insertOrders(
  manager: EntityManager,
  orders: readonly DemoOrder[],
  ids: { companyIds: Map<string, string>; userIds: Map<string, string>; productIds: Map<string, string> },
): Promise<void> {
  const rows = orders.map(({ lines, customerNumber, placedByEmail, repEmail, status, ...order }) => ({
    ...order,
    companyId: ids.companyIds.get(customerNumber)!,
    placedById: ids.userIds.get(placedByEmail)!,
    placedByRepId: repEmail ? ids.userIds.get(repEmail)! : null,
    status: status as OrderStatus,
    currency: 'EUR',
    lineCount: lines.length,
    createdAt: order.placedAt,
  }));
  const orderIds = idsBy(await bulkInsert(manager, Order, rows, ['id', 'number']), 'number');
  const lines = orders.flatMap((order) =>
    order.lines.map((line) => ({
      ...line,
      orderId: orderIds.get(order.number)!,
      productId: ids.productIds.get(line.sku)!,
    })),
  );
  await bulkInsert(manager, OrderLine, lines);
}

async function insertCatalogConditions(
  manager: EntityManager,
  conditions: CatalogConditions,
  ids: { companyIds: Map<string, string>; productIds: Map<string, string> },
): Promise<void> {
  const company = (customerNumber: string) => ids.companyIds.get(customerNumber)!;
  const product = (sku: string) => ids.productIds.get(sku)!;
  await bulkInsert(
    manager,
    CatalogSettings,
    conditions.settings.map((settings) => ({
      companyId: company(settings.customerNumber),
      restrictedAssortment: settings.assortment !== null,
      productNumberDisplay: settings.productNumberDisplay as ProductNumberDisplay,
    })),
  );
  await bulkInsert(
    manager,
    AssortmentProduct,
    conditions.settings.flatMap((settings) =>
      (settings.assortment ?? []).map((sku) => ({
        companyId: company(settings.customerNumber),
        productId: product(sku),
      })),
    ),
  );
  await bulkInsert(
    manager,
    ContractPrice,
    conditions.contractPrices.map(({ customerNumber, sku, ...price }) => ({
      ...price,
      companyId: company(customerNumber),
      productId: product(sku),
    })),
  );
  await bulkInsert(
    manager,
    TierPrice,
    conditions.tierPrices.map(({ customerNumber, sku, ...price }) => ({
      ...price,
      companyId: customerNumber ? company(customerNumber) : null,
      productId: product(sku),
    })),
  );
  await bulkInsert(
    manager,
    CustomerProductNumber,
    conditions.productNumbers.map(({ customerNumber, sku, number }) => ({
      companyId: company(customerNumber),
      productId: product(sku),
      number,
    })),
  );
}

async function insertCheckoutData(
  manager: EntityManager,
  data: CheckoutData,
  companyIds: Map<string, string>,
): Promise<void> {
  const company = (customerNumber: string) => companyIds.get(customerNumber)!;
  const shippingIds = idsBy(await bulkInsert(manager, ShippingMethod, [...SHIPPING_METHODS], ['id', 'code']), 'code');
  const paymentIds = idsBy(await bulkInsert(manager, PaymentMethod, [...PAYMENT_METHODS], ['id', 'code']), 'code');
  const addressRows = await bulkInsert(
    manager,
    CompanyAddress,
    data.addresses.map(({ customerNumber, ...address }) => ({ ...address, companyId: company(customerNumber) })),
    ['id', 'companyId', 'label'],
  );
  const addressIds = new Map(addressRows.map((row) => [`${row.company_id}:${row.label}`, row.id]));
  const costCenterRows = await bulkInsert(
    manager,
    CostCenter,
    data.costCenters.map(({ customerNumber, ...costCenter }) => ({
      ...costCenter,
      companyId: company(customerNumber),
    })),
    ['id', 'companyId', 'code'],
  );
  const costCenterIds = new Map(costCenterRows.map((row) => [`${row.company_id}:${row.code}`, row.id]));
  await bulkInsert(
    manager,
    CheckoutDefaults,
    data.defaults.map((defaults) => {
      const companyId = company(defaults.customerNumber);
      return {
        companyId,
        billingAddressId: addressIds.get(`${companyId}:${defaults.billingLabel}`)!,
        shippingAddressId: addressIds.get(`${companyId}:${defaults.shippingLabel}`)!,
        shippingMethodId: shippingIds.get(defaults.shippingMethodCode)!,
        paymentMethodId: paymentIds.get(defaults.paymentMethodCode)!,
        costCenterId: costCenterIds.get(`${companyId}:${defaults.costCenterCode}`)!,
      };
    }),
  );
  // Order numbers continue after the seeded history.
  await manager.query(
    `INSERT INTO order_number_counters (year, last_value)
     SELECT substring(number FROM 4 FOR 4)::int, max(substring(number FROM 9)::int)
     FROM orders WHERE number ~ '^SO-[0-9]{4}-[0-9]+$' GROUP BY 1
     ON CONFLICT (year) DO UPDATE SET last_value = greatest(order_number_counters.last_value, EXCLUDED.last_value)`,
  );
}
