import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Permission } from '../auth/permission';
import { RequestContext } from '../auth/request-context';
import { managerFor } from '../database/transaction';
import { groupBy } from '../group-by';
import { catalogCompanyId } from '../../modules/catalog/catalog-scope';
import { ProductNumberDisplay } from '../../modules/catalog/catalog-settings.entity';
import { Category } from '../../modules/catalog/category.entity';
import { Product } from '../../modules/catalog/product.entity';
import { Company } from '../../modules/companies/company.entity';
import { CostCenter } from '../../modules/companies/cost-center.entity';
import { Role } from '../../modules/companies/role.entity';
import { visibleProductCondition } from '../../modules/catalog/product-visibility';
import { User } from '../../modules/identity/user.entity';
import { OrderLine } from '../../modules/orders/order-line.entity';
import { ContractPriceTerm, TierPriceTerm } from '../../modules/pricing/price-resolution';

export type PersonRecord = { id: string; fullName: string; email: string };

export type RoleHolderRecord = { employeeId: string; fullName: string; email: string; active: boolean };

// A product's contract and tier prices for the request's company (none of the company's own without
// "see special conditions"). The list price comes with the product row itself.
export type PriceConditions = { contracts: ContractPriceTerm[]; tiers: TierPriceTerm[] };

export type ProductNumberRecord = { id: string | null; number: string | null; display: ProductNumberDisplay };

// Every relation resolved per list item goes through one of these: one query per relation per request,
// whatever the page size. Loaders live on the RequestContext, so nothing is cached across users.
// Callers only pass ids of rows they already read inside the caller's scope.
@Injectable()
export class DataLoaders {
  constructor(private readonly dataSource: DataSource) {}

  orderLinesByOrderId(context: RequestContext): DataLoader<string, OrderLine[]> {
    return context.loader('orderLinesByOrderId', () =>
      new DataLoader(async (orderIds: readonly string[]) => {
        const lines = await managerFor(context, this.dataSource).find(OrderLine, {
          where: { orderId: In([...orderIds]) },
          order: { orderId: 'ASC', position: 'ASC' },
        });
        const byOrder = groupBy(lines, (line) => line.orderId);
        return orderIds.map((orderId) => byOrder.get(orderId) ?? []);
      }),
    );
  }

  // Cost centers of the request's company; null for any other id.
  costCenterById(context: RequestContext): DataLoader<string, CostCenter | null> {
    return context.loader('costCenterById', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const costCenters = await managerFor(context, this.dataSource).find(CostCenter, {
          where: { id: In([...ids]), companyId: catalogCompanyId(context) },
        });
        const byId = new Map(costCenters.map((costCenter) => [costCenter.id, costCenter]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  // Roles of the request's company; null for any other id.
  roleById(context: RequestContext): DataLoader<string, Role | null> {
    return context.loader('roleById', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const roles = await managerFor(context, this.dataSource).find(Role, {
          where: { id: In([...ids]), companyId: catalogCompanyId(context) },
        });
        const byId = new Map(roles.map((role) => [role.id, role]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  // Employees (past and present) of the request's company holding each role, by name.
  roleHoldersByRoleId(context: RequestContext): DataLoader<string, RoleHolderRecord[]> {
    return context.loader('roleHoldersByRoleId', () =>
      new DataLoader(async (roleIds: readonly string[]) => {
        const rows: Array<RoleHolderRecord & { role_id: string }> = await managerFor(context, this.dataSource).query(
          `SELECT m.role_id, m.id AS "employeeId", u.first_name || ' ' || u.last_name AS "fullName", u.email, m.active
           FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.company_id = $1 AND m.role_id = ANY($2::uuid[])
           ORDER BY lower(u.last_name), lower(u.first_name), m.id`,
          [catalogCompanyId(context), roleIds],
        );
        const byRole = groupBy(rows, (row) => row.role_id);
        return roleIds.map((roleId) =>
          (byRole.get(roleId) ?? []).map(({ employeeId, fullName, email, active }) => ({ employeeId, fullName, email, active })),
        );
      }),
    );
  }

  // Companies by id: callers pass only ids read from the viewer's own rows (memberships, sessions).
  companyById(context: RequestContext): DataLoader<string, Company | null> {
    return context.loader('companyById', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const companies = await managerFor(context, this.dataSource).find(Company, { where: { id: In([...ids]) } });
        const byId = new Map(companies.map((company) => [company.id, company]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  personById(context: RequestContext): DataLoader<string, PersonRecord | null> {
    return context.loader('personById', () =>
      new DataLoader(async (userIds: readonly string[]) => {
        const users = await managerFor(context, this.dataSource).find(User, {
          select: { id: true, firstName: true, lastName: true, email: true },
          where: { id: In([...userIds]) },
        });
        const byId = new Map(users.map((user) => [user.id, user]));
        return userIds.map((id) => {
          const user = byId.get(id);
          return user ? { id: user.id, fullName: `${user.firstName} ${user.lastName}`, email: user.email } : null;
        });
      }),
    );
  }

  employeeCountByCompanyId(context: RequestContext): DataLoader<string, number> {
    return context.loader('employeeCountByCompanyId', () =>
      new DataLoader(async (companyIds: readonly string[]) => {
        const rows: Array<{ company_id: string; count: number }> = await managerFor(context, this.dataSource).query(
          `SELECT company_id, count(*)::int AS count FROM memberships
           WHERE company_id = ANY($1::uuid[]) AND active GROUP BY company_id`,
          [companyIds],
        );
        const counts = new Map(rows.map((row) => [row.company_id, row.count]));
        return companyIds.map((id) => counts.get(id) ?? 0);
      }),
    );
  }

  lastOrderAtByCompanyId(context: RequestContext): DataLoader<string, Date | null> {
    return context.loader('lastOrderAtByCompanyId', () =>
      new DataLoader(async (companyIds: readonly string[]) => {
        // One index probe per company on orders(company_id, placed_at DESC).
        const rows: Array<{ company_id: string; last_order_at: Date | null }> = await managerFor(
          context,
          this.dataSource,
        ).query(
          `SELECT c.id AS company_id,
                  (SELECT max(o.placed_at) FROM orders o WHERE o.company_id = c.id) AS last_order_at
           FROM unnest($1::uuid[]) AS c(id)`,
          [companyIds],
        );
        const lastOrderAt = new Map(rows.map((row) => [row.company_id, row.last_order_at]));
        return companyIds.map((id) => lastOrderAt.get(id) ?? null);
      }),
    );
  }

  // Categories of products already read in scope; categories themselves are not tenant data.
  categoryById(context: RequestContext): DataLoader<string, Category | null> {
    return context.loader('categoryById', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const categories = await managerFor(context, this.dataSource).find(Category, { where: { id: In([...ids]) } });
        const byId = new Map(categories.map((category) => [category.id, category]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  // Products the request's company may see; null for any other id.
  visibleProductById(context: RequestContext): DataLoader<string, Product | null> {
    return context.loader('visibleProductById', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const products = await managerFor(context, this.dataSource)
          .createQueryBuilder(Product, 'p')
          .where('p.id IN (:...ids)', { ids })
          .andWhere(visibleProductCondition('p', ':companyId'), { companyId: catalogCompanyId(context) })
          .getMany();
        const byId = new Map(products.map((product) => [product.id, product]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  // Active products the company may see in each category and its subcategories. The `categories` query primes it.
  visibleProductCountByCategoryId(context: RequestContext): DataLoader<string, number> {
    return context.loader('visibleProductCountByCategoryId', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows: Array<{ category_id: string; count: number }> = await managerFor(context, this.dataSource).query(
          `WITH RECURSIVE tree AS (
             SELECT id AS root_id, id FROM categories WHERE id = ANY($2::uuid[])
             UNION ALL
             SELECT tree.root_id, c.id FROM categories c JOIN tree ON c.parent_id = tree.id
           )
           SELECT tree.root_id AS category_id, count(p.id)::int AS count
           FROM tree JOIN products p ON p.category_id = tree.id AND p.active AND ${visibleProductCondition('p', '$1')}
           GROUP BY tree.root_id`,
          [catalogCompanyId(context), ids],
        );
        const counts = new Map(rows.map((row) => [row.category_id, row.count]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
    );
  }

  // One statement for the whole page: valid contracts and tiers (public ones, plus the company's own when
  // the viewer may see special conditions). Expired contracts are left in the database; the price core
  // decides validity, the SQL only skips what has certainly ended.
  priceConditionsByProductId(context: RequestContext): DataLoader<string, PriceConditions> {
    return context.loader('priceConditionsByProductId', () =>
      new DataLoader(async (productIds: readonly string[]) => {
        const companyId = context.can(Permission.SEE_SPECIAL_CONDITIONS) ? catalogCompanyId(context) : null;
        const rows: Array<{
          product_id: string;
          kind: 'contract' | 'tier';
          unit_price: string;
          min_quantity: number | null;
          customer_specific: boolean;
          valid_from: Date | null;
          valid_to: Date | null;
        }> = await managerFor(context, this.dataSource).query(
          `SELECT product_id, 'tier' AS kind, unit_price::text AS unit_price, min_quantity,
                  company_id IS NOT NULL AS customer_specific, NULL::timestamptz AS valid_from, NULL::timestamptz AS valid_to
           FROM tier_prices
           WHERE product_id = ANY($1::uuid[]) AND (company_id IS NULL OR company_id = $2::uuid)
           UNION ALL
           SELECT product_id, 'contract', unit_price::text, NULL, true, valid_from, valid_to
           FROM contract_prices
           WHERE company_id = $2::uuid AND product_id = ANY($1::uuid[]) AND (valid_to IS NULL OR valid_to > now())`,
          [productIds, companyId],
        );
        const byProduct = groupBy(rows, (row) => row.product_id);
        return productIds.map((productId) => {
          const conditions: PriceConditions = { contracts: [], tiers: [] };
          for (const row of byProduct.get(productId) ?? []) {
            if (row.kind === 'contract') {
              conditions.contracts.push({ unitPrice: row.unit_price, validFrom: row.valid_from!, validTo: row.valid_to });
            } else {
              conditions.tiers.push({
                minQuantity: row.min_quantity!,
                unitPrice: row.unit_price,
                customerSpecific: row.customer_specific,
              });
            }
          }
          return conditions;
        });
      }),
    );
  }

  // The company's own number for each product, with the company's display mode (defaults when unset).
  productNumberByProductId(context: RequestContext): DataLoader<string, ProductNumberRecord> {
    return context.loader('productNumberByProductId', () =>
      new DataLoader(async (productIds: readonly string[]) => {
        const rows: Array<{ product_id: string; id: string | null; number: string | null; display: ProductNumberDisplay | null }> =
          await managerFor(context, this.dataSource).query(
            `SELECT p.id AS product_id, n.id, n.number, s.product_number_display AS display
             FROM unnest($2::uuid[]) AS p(id)
             LEFT JOIN customer_product_numbers n ON n.company_id = $1 AND n.product_id = p.id
             LEFT JOIN company_catalog_settings s ON s.company_id = $1`,
            [catalogCompanyId(context), productIds],
          );
        const byProduct = new Map(rows.map((row) => [row.product_id, row]));
        return productIds.map((productId) => {
          const row = byProduct.get(productId);
          return {
            id: row?.id ?? null,
            number: row?.number ?? null,
            display: row?.display ?? ProductNumberDisplay.ADDITIONAL,
          };
        });
      }),
    );
  }
}
