import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { escapeLike } from '../../common/database/escape-like';
import { managerFor, withTransaction } from '../../common/database/transaction';
import { countImportRows, NO_IMPORT_ROWS } from '../../common/import/import-counts';
import { notFound } from '../../common/errors/graphql-errors';
import { UserError, userError } from '../../common/errors/user-error.type';
import { isUuid } from '../../common/ids';
import { catalogCompanyId } from './catalog-scope';
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
  ImportRowReportNode,
  ImportRowStatus,
  SetProductNumberDisplayInput,
  UpdateCustomerProductNumberInput,
} from './customer-product-number.types';
import { parseProductNumberCsv } from './product-number-csv';
import { Product } from './product.entity';
import { ProductsService } from './products.service';
import { visibleProductCondition } from './product-visibility';

const MAX_NUMBER_LENGTH = 64;
const MAX_IMPORT_ROWS = 5000;
const MAX_IMPORT_CHARACTERS = 1_000_000;
const UNIQUE_VIOLATION = '23505';

const SORT_COLUMNS: Record<CustomerProductNumberSortField, string> = {
  [CustomerProductNumberSortField.NUMBER]: 'lower("n"."number")',
  [CustomerProductNumberSortField.SKU]: '"p"."sku"',
};

@Injectable()
export class CustomerProductNumbersService {
  constructor(
    private readonly dataSource: DataSource,
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
    const product = isUuid(input.productId)
      ? await this.products.visibleProducts(context).andWhere('p.id = :id', { id: input.productId }).getOne()
      : null;
    if (!product) throw notFound('Product');
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
      const manager = managerFor(context, this.dataSource);
      const created = await manager.save(
        manager.create(CustomerProductNumber, { companyId: catalogCompanyId(context), productId: product.id, number }),
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
      const saved = await managerFor(context, this.dataSource).save(current);
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
    await managerFor(context, this.dataSource).delete(CustomerProductNumber, {
      id: current.id,
      companyId: current.companyId,
    });
    return { deletedId: current.id, userErrors: [] };
  }

  // Set-based: two lookups, then at most one INSERT and one UPDATE in a transaction, whatever the row count.
  async import(
    context: RequestContext,
    input: ImportCustomerProductNumbersInput,
  ): Promise<ImportCustomerProductNumbersPayload> {
    const empty = { rows: [], ...NO_IMPORT_ROWS };
    if (input.csv.length > MAX_IMPORT_CHARACTERS) {
      return { ...empty, userErrors: [userError('TOO_LARGE', 'The file is larger than 1 MB.', ['input', 'csv'])] };
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

    const companyId = catalogCompanyId(context);
    return withTransaction(context, this.dataSource, async (transactional) => {
      const manager = transactional.manager;
      const skus = [...new Set(parsed.map((row) => row.sku.toLowerCase()).filter(Boolean))];
      const products = skus.length
        ? await this.products
            .visibleProducts(transactional)
            .andWhere('lower(p.sku) IN (:...skus)', { skus })
            .getMany()
        : [];
      const productBySku = new Map(products.map((product) => [product.sku.toLowerCase(), product]));
      const numbers = [...new Set(parsed.map((row) => row.number.toLowerCase()).filter(Boolean))];
      const existing = await manager
        .createQueryBuilder(CustomerProductNumber, 'n')
        .where('n.company_id = :companyId', { companyId })
        .andWhere(
          new Brackets((where) => {
            where.where('lower(n.number) IN (:...numbers)', { numbers: numbers.length ? numbers : [''] });
            if (products.length) where.orWhere('n.product_id IN (:...productIds)', { productIds: products.map((p) => p.id) });
          }),
        )
        .setLock('pessimistic_write')
        .getMany();
      const existingByNumber = new Map(existing.map((row) => [row.number.toLowerCase(), row]));
      const existingByProduct = new Map(existing.map((row) => [row.productId, row]));
      const skuOfProduct = new Map<string, string>(products.map((product) => [product.id, product.sku]));
      const otherSkus = await this.skusOf(transactional, existing.map((row) => row.productId).filter((id) => !skuOfProduct.has(id)));
      otherSkus.forEach((sku, id) => skuOfProduct.set(id, sku));

      const numberRows = new Map<string, number>();
      const productRows = new Map<string, number>();
      const inserts: Array<{ companyId: string; productId: string; number: string }> = [];
      const updates: Array<{ id: string; number: string }> = [];
      const report: ImportRowReportNode[] = parsed.map(({ row, number, sku, cellCount }) => {
        const reject = (message: string): ImportRowReportNode => ({ row, status: ImportRowStatus.REJECTED, number, sku, message });
        if (cellCount < 2 || !sku) return reject('Expected two columns: own number and SKU.');
        const invalid = validateNumber(number);
        if (invalid) return reject(invalid.message);
        const product = productBySku.get(sku.toLowerCase());
        if (!product) return reject(`Unknown SKU ${sku}.`);
        const key = number.toLowerCase();
        const sameNumberRow = numberRows.get(key);
        if (sameNumberRow !== undefined) return reject(`The number ${number} is already used in row ${sameNumberRow}.`);
        const sameProductRow = productRows.get(product.id);
        if (sameProductRow !== undefined) return reject(`${product.sku} already gets a number in row ${sameProductRow}.`);
        const holder = existingByNumber.get(key);
        if (holder && holder.productId !== product.id) {
          return reject(`The number ${holder.number} already belongs to ${skuOfProduct.get(holder.productId) ?? 'another product'}.`);
        }
        numberRows.set(key, row);
        productRows.set(product.id, row);
        const previous = existingByProduct.get(product.id);
        const base = { row, number, sku: product.sku };
        if (!previous) {
          inserts.push({ companyId, productId: product.id, number });
          return { ...base, status: ImportRowStatus.CREATED, message: null };
        }
        if (previous.number === number) return { ...base, status: ImportRowStatus.UNCHANGED, message: null };
        updates.push({ id: previous.id, number });
        return { ...base, status: ImportRowStatus.UPDATED, message: `Replaced ${previous.number}.` };
      });

      if (inserts.length) await manager.createQueryBuilder().insert().into(CustomerProductNumber).values(inserts).execute();
      if (updates.length) {
        await manager.query(
          `UPDATE customer_product_numbers n SET number = u.number, updated_at = now()
           FROM unnest($2::uuid[], $3::text[]) AS u(id, number)
           WHERE n.id = u.id AND n.company_id = $1`,
          [companyId, updates.map((update) => update.id), updates.map((update) => update.number)],
        );
      }
      return { rows: report, ...countImportRows(report), userErrors: [] };
    });
  }

  async settings(context: RequestContext): Promise<CatalogSettingsNode> {
    const settings = await managerFor(context, this.dataSource).findOne(CatalogSettings, {
      where: { companyId: catalogCompanyId(context) },
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
      await managerFor(context, this.dataSource).query(
        `INSERT INTO company_catalog_settings (company_id, product_number_display) VALUES ($1, $2)
         ON CONFLICT (company_id) DO UPDATE SET product_number_display = EXCLUDED.product_number_display, updated_at = now()
         RETURNING product_number_display, restricted_assortment`,
        [catalogCompanyId(context), input.productNumberDisplay],
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
    return managerFor(context, this.dataSource)
      .createQueryBuilder(CustomerProductNumber, 'n')
      .innerJoin(Product, 'p', 'p.id = n.product_id')
      .where('n.company_id = :companyId', { companyId: catalogCompanyId(context) })
      .andWhere(visibleProductCondition('p', ':companyId'));
  }

  private async find(context: RequestContext, id: string): Promise<CustomerProductNumber> {
    const found = isUuid(id) ? await this.companyNumbers(context).andWhere('n.id = :id', { id }).getOne() : null;
    if (!found) throw notFound('Customer product number');
    return found;
  }

  private clashes(context: RequestContext, number: string, productId: string | null): Promise<CustomerProductNumber[]> {
    return managerFor(context, this.dataSource)
      .createQueryBuilder(CustomerProductNumber, 'n')
      .where('n.company_id = :companyId', { companyId: catalogCompanyId(context) })
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
    const rows = await managerFor(context, this.dataSource)
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
  if (filter.productId != null) {
    if (!isUuid(filter.productId)) query.andWhere('false');
    else query.andWhere('n.product_id = :productId', { productId: filter.productId });
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    query.andWhere(
      new Brackets((where) =>
        where
          .where('n.number ILIKE :pattern', { pattern })
          .orWhere('p.sku ILIKE :pattern', { pattern })
          .orWhere('p.name ILIKE :pattern', { pattern }),
      ),
    );
  }
}

function validateNumber(number: string): UserError | null {
  if (!number) return userError('BLANK', 'Enter a product number.', ['input', 'number']);
  if (number.length > MAX_NUMBER_LENGTH) {
    return userError('TOO_LONG', `A product number has at most ${MAX_NUMBER_LENGTH} characters.`, ['input', 'number']);
  }
  return null;
}

function taken(number: string): UserError {
  return userError('TAKEN', `The number ${number} is already used for another product.`, ['input', 'number']);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}

function toNode(row: CustomerProductNumber): CustomerProductNumberNode {
  return { id: row.id, number: row.number, updatedAt: row.updatedAt, productId: row.productId };
}
