import { Injectable } from '@nestjs/common';
import { Brackets, SelectQueryBuilder } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess, findInScope, TransactionalContext } from '../../common/database/data-access';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { andWhereId } from '../../common/database/where-id';
import { andWhereSearch } from '../../common/database/where-search';
import { UserError, userError } from '../../common/errors/user-error.type';
import { countImportRows, NO_IMPORT_ROWS } from '../../common/import/import-counts';
import { LIMITS } from '../../common/limits';
import { CatalogSettings, ProductNumberDisplay } from './catalog-settings.entity';
import { CustomerProductNumber } from './customer-product-number.entity';
import {
  CatalogSettingsNode,
  CatalogSettingsPayload,
  CreateCustomerProductNumberInput,
  CustomerProductNumberFilter,
  CustomerProductNumberNode,
  CustomerProductNumberPayload,
  CustomerProductNumbersArgs,
  CustomerProductNumberSortField,
  DeleteCustomerProductNumberInput,
  DeleteCustomerProductNumberPayload,
  ImportCustomerProductNumbersInput,
  ImportCustomerProductNumbersPayload,
  SetProductNumberDisplayInput,
  UpdateCustomerProductNumberInput,
} from './customer-product-number.types';
import { Product } from './product.entity';
import { parseProductNumberCsv, ProductNumberCsvRow } from './product-number-csv';
import {
  planProductNumberImport,
  ProductNumberImportPlan,
  ProductNumberImportState,
} from './product-number-import-plan';
import { validateNumber } from './product-number-rules';
import { visibleProductCondition } from './product-visibility';
import { ProductsService } from './products.service';

const MAX_IMPORT_ROWS = LIMITS.productNumberImport.maxRows;
const MAX_IMPORT_CHARACTERS = LIMITS.productNumberImport.maxCsvCharacters;

const SORT_COLUMNS: Record<CustomerProductNumberSortField, string> = {
  [CustomerProductNumberSortField.NUMBER]: 'lower("n"."number")',
  [CustomerProductNumberSortField.SKU]: '"p"."sku"',
};

@Injectable()
export class CustomerProductNumbersService {
  constructor(
    private readonly data: DataAccess,
    private readonly products: ProductsService,
  ) {}

  async list(
    context: RequestContext,
    args: CustomerProductNumbersArgs,
  ): Promise<ConnectionResult<CustomerProductNumberNode>> {
    const query = this.companyNumbers(context);
    applyFilter(query, args.filter);
    const page = await keysetPaginate(query, args, {
      expression: SORT_COLUMNS[args.orderBy?.field ?? CustomerProductNumberSortField.NUMBER],
      direction: args.orderBy?.direction ?? SortDirection.ASC,
    });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })) };
  }

  async create(
    context: RequestContext,
    input: CreateCustomerProductNumberInput,
  ): Promise<CustomerProductNumberPayload> {
    const product = await findInScope(this.products.visibleProducts(context), input.productId, 'Product');
    const number = input.number.trim();
    const invalid = validateNumber(number);
    if (invalid) return { customerProductNumber: null, userErrors: [invalid] };

    const clashes = await this.clashes(context, number, product.id);
    if (clashes.some((clash) => clash.number.toLowerCase() === number.toLowerCase())) {
      return { customerProductNumber: null, userErrors: [taken(number)] };
    }
    const existing = clashes.find((clash) => clash.productId === product.id);
    if (existing) {
      return {
        customerProductNumber: null,
        userErrors: [
          userError(
            'PRODUCT_ALREADY_MAPPED',
            `${product.sku} already has the number ${existing.number}. Change that one instead.`,
            ['input', 'productId'],
          ),
        ],
      };
    }
    try {
      const manager = this.data.manager(context);
      const created = await manager.save(
        manager.create(CustomerProductNumber, {
          companyId: context.requireCompany().companyId,
          productId: product.id,
          number,
        }),
      );
      return { customerProductNumber: toNode(created), userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return { customerProductNumber: null, userErrors: [taken(number)] };
      throw error;
    }
  }

  async update(
    context: RequestContext,
    input: UpdateCustomerProductNumberInput,
  ): Promise<CustomerProductNumberPayload> {
    const current = await this.find(context, input.id);
    const number = input.number.trim();
    const invalid = validateNumber(number);
    if (invalid) return { customerProductNumber: null, userErrors: [invalid] };
    const clashes = await this.clashes(context, number, null);
    if (clashes.some((clash) => clash.id !== current.id)) {
      return { customerProductNumber: null, userErrors: [taken(number)] };
    }
    try {
      current.number = number;
      const saved = await this.data.manager(context).save(current);
      return { customerProductNumber: toNode(saved), userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return { customerProductNumber: null, userErrors: [taken(number)] };
      throw error;
    }
  }

  async delete(
    context: RequestContext,
    input: DeleteCustomerProductNumberInput,
  ): Promise<DeleteCustomerProductNumberPayload> {
    const current = await this.find(context, input.id);
    await this.data.manager(context).delete(CustomerProductNumber, {
      id: current.id,
      companyId: current.companyId,
    });
    return { deletedId: current.id, userErrors: [] };
  }

  // Parse, then in one transaction: load and lock what the file touches, plan every row (a pure function,
  // product-number-import-plan.ts), write the plan. Set-based: a handful of statements whatever the row count.
  async import(
    context: RequestContext,
    input: ImportCustomerProductNumbersInput,
  ): Promise<ImportCustomerProductNumbersPayload> {
    const empty = { rows: [], ...NO_IMPORT_ROWS };
    if (input.csv.length > MAX_IMPORT_CHARACTERS) {
      return {
        ...empty,
        userErrors: [
          userError('TOO_LARGE', `The file is larger than ${MAX_IMPORT_CHARACTERS / 1_000_000} MB.`, ['input', 'csv']),
        ],
      };
    }
    const parsed = parseProductNumberCsv(input.csv);
    if (!Array.isArray(parsed)) return { ...empty, userErrors: [parsed] };
    if (parsed.length === 0) {
      return { ...empty, userErrors: [userError('EMPTY', 'The file holds no rows.', ['input', 'csv'])] };
    }
    if (parsed.length > MAX_IMPORT_ROWS) {
      const message = `The file has ${parsed.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`;
      return { ...empty, userErrors: [userError('TOO_MANY_ROWS', message, ['input', 'csv'])] };
    }
    return this.data.transaction(context, async (tx) => {
      const plan = planProductNumberImport(parsed, await this.importState(tx, parsed));
      await this.writeImport(tx, plan);
      return { rows: plan.report, ...countImportRows(plan.report), userErrors: [] };
    });
  }

  // The file's products (visible ones only) and the company's numbers it could clash with, locked until
  // the writes are done so a concurrent import or edit cannot slip in between.
  private async importState(tx: TransactionalContext, rows: ProductNumberCsvRow[]): Promise<ProductNumberImportState> {
    const skus = [...new Set(rows.map((row) => row.sku.toLowerCase()).filter(Boolean))];
    const products = skus.length
      ? await this.products.visibleProducts(tx).andWhere('lower(p.sku) IN (:...skus)', { skus }).getMany()
      : [];
    const numbers = [...new Set(rows.map((row) => row.number.toLowerCase()).filter(Boolean))];
    const existing = await tx.manager
      .createQueryBuilder(CustomerProductNumber, 'n')
      .where('n.company_id = :companyId', { companyId: tx.requireCompany().companyId })
      .andWhere(
        new Brackets((where) => {
          where.where('lower(n.number) IN (:...numbers)', { numbers: numbers.length ? numbers : [''] });
          if (products.length)
            where.orWhere('n.product_id IN (:...productIds)', { productIds: products.map((p) => p.id) });
        }),
      )
      .setLock('pessimistic_write')
      .getMany();
    const skuOfProduct = new Map<string, string>(products.map((product) => [product.id, product.sku]));
    const otherSkus = await this.skusOf(
      tx,
      existing.map((row) => row.productId).filter((id) => !skuOfProduct.has(id)),
    );
    otherSkus.forEach((sku, id) => skuOfProduct.set(id, sku));
    return {
      productBySku: new Map(products.map((product) => [product.sku.toLowerCase(), product])),
      existing,
      skuOfProduct,
    };
  }

  // At most one INSERT and one UPDATE.
  private async writeImport(tx: TransactionalContext, plan: ProductNumberImportPlan): Promise<void> {
    const companyId = tx.requireCompany().companyId;
    if (plan.inserts.length) {
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(CustomerProductNumber)
        .values(plan.inserts.map((insert) => ({ ...insert, companyId })))
        .execute();
    }
    if (plan.updates.length) {
      await tx.manager.query(
        `UPDATE customer_product_numbers n SET number = u.number, updated_at = now()
         FROM unnest($2::uuid[], $3::text[]) AS u(id, number)
         WHERE n.id = u.id AND n.company_id = $1`,
        [companyId, plan.updates.map((update) => update.id), plan.updates.map((update) => update.number)],
      );
    }
  }

  async settings(context: RequestContext): Promise<CatalogSettingsNode> {
    const settings = await this.data.manager(context).findOne(CatalogSettings, {
      where: { companyId: context.requireCompany().companyId },
    });
    return {
      productNumberDisplay: settings?.productNumberDisplay ?? ProductNumberDisplay.ADDITIONAL,
      restrictedAssortment: settings?.restrictedAssortment ?? false,
    };
  }

  async setProductNumberDisplay(
    context: RequestContext,
    input: SetProductNumberDisplayInput,
  ): Promise<CatalogSettingsPayload> {
    const rows: Array<{ product_number_display: ProductNumberDisplay; restricted_assortment: boolean }> =
      await this.data.manager(context).query(
        `INSERT INTO company_catalog_settings (company_id, product_number_display) VALUES ($1, $2)
         ON CONFLICT (company_id) DO UPDATE SET product_number_display = EXCLUDED.product_number_display, updated_at = now()
         RETURNING product_number_display, restricted_assortment`,
        [context.requireCompany().companyId, input.productNumberDisplay],
      );
    return {
      catalogSettings: {
        productNumberDisplay: rows[0].product_number_display,
        restrictedAssortment: rows[0].restricted_assortment,
      },
      userErrors: [],
    };
  }

  // The only way into own numbers: the active company's, for products it may still see.
  private companyNumbers(context: RequestContext): SelectQueryBuilder<CustomerProductNumber> {
    return this.data
      .manager(context)
      .createQueryBuilder(CustomerProductNumber, 'n')
      .innerJoin(Product, 'p', 'p.id = n.product_id')
      .where('n.company_id = :companyId', { companyId: context.requireCompany().companyId })
      .andWhere(visibleProductCondition('p', ':companyId'));
  }

  private find(context: RequestContext, id: string): Promise<CustomerProductNumber> {
    return findInScope(this.companyNumbers(context), id, 'Customer product number');
  }

  private clashes(context: RequestContext, number: string, productId: string | null): Promise<CustomerProductNumber[]> {
    return this.data
      .manager(context)
      .createQueryBuilder(CustomerProductNumber, 'n')
      .where('n.company_id = :companyId', { companyId: context.requireCompany().companyId })
      .andWhere(
        new Brackets((where) => {
          where.where('lower(n.number) = lower(:number)', { number });
          if (productId) where.orWhere('n.product_id = :productId', { productId });
        }),
      )
      .getMany();
  }

  private async skusOf(context: RequestContext, productIds: string[]): Promise<Map<string, string>> {
    if (!productIds.length) return new Map();
    const rows = await this.data
      .manager(context)
      .createQueryBuilder(Product, 'p')
      .select(['p.id', 'p.sku'])
      .where('p.id IN (:...productIds)', { productIds })
      .getMany();
    return new Map(rows.map((row) => [row.id, row.sku]));
  }
}

function applyFilter(
  query: SelectQueryBuilder<CustomerProductNumber>,
  filter: CustomerProductNumberFilter | null | undefined,
): void {
  if (!filter) return;
  if (filter.productId != null) andWhereId(query, filter.productId, 'n.product_id = :id');
  andWhereSearch(query, filter.search, ['n.number ILIKE :pattern', 'p.sku ILIKE :pattern', 'p.name ILIKE :pattern']);
}

function taken(number: string): UserError {
  return userError('TAKEN', `The number ${number} is already used for another product.`, ['input', 'number']);
}

function toNode(row: CustomerProductNumber): CustomerProductNumberNode {
  return { id: row.id, number: row.number, updatedAt: row.updatedAt, productId: row.productId };
}
