import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { UserError, userError } from '../../common/errors/user-error.type';
import { LIMITS } from '../../common/limits';
import { money } from '../../common/money/money';
import { CartService, RefusedQuantity } from '../cart/cart.service';
import { MAX_LINE_QUANTITY, quantityProblem } from '../cart/quantity-rules';
import { CatalogLoaders } from '../catalog/catalog.loaders';
import { toProductNode } from '../catalog/catalog.mapper';
import { orderTotals } from '../pricing/order-totals';
import { PricingService } from '../pricing/pricing.service';
import {
  AddFastOrderToCartPayload,
  FastOrderInput,
  FastOrderReportNode,
  FastOrderRowNode,
  FastOrderRowStatus,
} from './fast-order.types';
import { parseFastOrderCsv } from './fast-order-csv';
import { userErrorCodeOfRow } from './orders.errors';

const MAX_ROWS = LIMITS.fastOrder.maxRows;
const MAX_CSV_CHARACTERS = LIMITS.fastOrder.maxCsvCharacters;

type Entry = { row: number; reference: string; quantity: number | null };
type Group = { key: string; rows: number[]; reference: string; quantity: number | null; productId: string | null };

// The company's own numbers win over SKUs: buyers type their own numbers.
const RESOLVE_SQL = `
  SELECT ref.reference, coalesce(own.product_id, sku.id) AS product_id
  FROM unnest($2::text[]) AS ref(reference)
  LEFT JOIN customer_product_numbers own ON own.company_id = $1 AND lower(own.number) = ref.reference
  LEFT JOIN products sku ON lower(sku.sku) = ref.reference`;

@Injectable()
export class FastOrderService {
  constructor(
    private readonly data: DataAccess,
    private readonly cart: CartService,
    private readonly prices: PricingService,
    private readonly loaders: CatalogLoaders,
  ) {}

  // Three statements whatever the row count: resolve references, check visibility, load price conditions.
  async validate(context: RequestContext, input: FastOrderInput): Promise<FastOrderReportNode> {
    const entries = readEntries(input);
    if (!Array.isArray(entries)) return { rows: [], okCount: 0, problemCount: 0, userErrors: [entries] };

    const groups = await this.group(context, entries);
    const products = await Promise.all(
      groups.map((group) =>
        group.productId ? this.loaders.visibleProductById(context).load(group.productId) : Promise.resolve(null),
      ),
    );
    const rows = await Promise.all(
      groups.map(async (group, index): Promise<FastOrderRowNode> => {
        const product = products[index];
        const row = {
          rows: group.rows,
          reference: group.reference,
          quantity: group.quantity,
          product: null,
          unitPrice: null,
          netAmount: null,
        };
        const problem = (status: FastOrderRowStatus, message: string): FastOrderRowNode => ({
          ...row,
          status,
          message,
        });
        if (!group.productId)
          return problem(FastOrderRowStatus.UNKNOWN, `No product has the SKU or number ${group.reference}.`);
        if (!product)
          return problem(FastOrderRowStatus.NOT_IN_ASSORTMENT, `${group.reference} is not in your assortment.`);
        const withProduct = { ...row, product: toProductNode(product) };
        const label = `${product.name} (${product.sku})`;
        if (!product.active) {
          return {
            ...withProduct,
            status: FastOrderRowStatus.NOT_AVAILABLE,
            message: `${label} can no longer be ordered.`,
          };
        }
        const quantityIssue = quantityProblem(product, group.quantity ?? 0);
        if (quantityIssue) {
          return { ...withProduct, status: STATUS_OF[quantityIssue.code], message: quantityIssue.message };
        }
        const price = await this.prices.priceOf(context, product, group.quantity!);
        const net = orderTotals([
          { unitPrice: price.unitPrice.amount, quantity: group.quantity!, taxRate: product.taxRate },
        ]).net;
        return {
          ...withProduct,
          status: FastOrderRowStatus.OK,
          message: null,
          unitPrice: price.unitPrice,
          netAmount: money(net, product.currency),
        };
      }),
    );
    const okCount = rows.filter((row) => row.status === FastOrderRowStatus.OK).length;
    return { rows, okCount, problemCount: rows.length - okCount, userErrors: [] };
  }

  // All or nothing: the cart only changes when every row is OK, also counting what is already in the cart.
  async addToCart(context: RequestContext, input: FastOrderInput): Promise<AddFastOrderToCartPayload> {
    let report = await this.validate(context, input);
    if (report.userErrors.length === 0 && report.rows.length > 0 && report.problemCount === 0) {
      const refused = await this.data.transaction(context, (tx) =>
        this.cart.addQuantities(
          tx,
          report.rows.map((row) => ({ productId: row.product!.id, quantity: row.quantity! })),
          { allOrNothing: true },
        ),
      );
      report = withRefusedQuantities(report, refused);
    }
    const problems = report.rows.filter((row) => row.status !== FastOrderRowStatus.OK);
    const userErrors: UserError[] = [
      ...report.userErrors,
      ...problems.map((row) =>
        userError(userErrorCodeOfRow(row.status), `Row ${row.rows.join(', ')}: ${row.message ?? row.status}`, [
          'input',
          'rows',
          String(row.rows[0]),
        ]),
      ),
    ];
    return { cart: await this.cart.view(context), report, userErrors };
  }

  private async group(context: RequestContext, entries: Entry[]): Promise<Group[]> {
    const references = [...new Set(entries.map((entry) => entry.reference.toLowerCase()).filter(Boolean))];
    const resolved = references.length
      ? await this.data
          .manager(context)
          .query<Array<{ reference: string; product_id: string | null }>>(RESOLVE_SQL, [
            context.requireCompany().companyId,
            references,
          ])
      : [];
    const productOf = new Map(resolved.map((row) => [row.reference, row.product_id]));
    const groups = new Map<string, Group>();
    for (const entry of entries) {
      const productId = productOf.get(entry.reference.toLowerCase()) ?? null;
      // Duplicates are summed per product; unknown references per spelling.
      const key = productId ?? `?${entry.reference.toLowerCase()}`;
      const group = groups.get(key);
      if (!group) {
        groups.set(key, { key, rows: [entry.row], reference: entry.reference, quantity: entry.quantity, productId });
        continue;
      }
      group.rows.push(entry.row);
      group.quantity = group.quantity === null || entry.quantity === null ? null : group.quantity + entry.quantity;
    }
    return [...groups.values()];
  }
}

const STATUS_OF: Record<'INVALID_QUANTITY' | 'BELOW_MINIMUM' | 'NOT_PACK_MULTIPLE', FastOrderRowStatus> = {
  INVALID_QUANTITY: FastOrderRowStatus.INVALID_QUANTITY,
  BELOW_MINIMUM: FastOrderRowStatus.BELOW_MINIMUM,
  NOT_PACK_MULTIPLE: FastOrderRowStatus.PACK_SIZE_MISMATCH,
};

// The report once the cart refused some sums (the line would pass the maximum): those rows become problems.
function withRefusedQuantities(report: FastOrderReportNode, refused: RefusedQuantity[]): FastOrderReportNode {
  if (refused.length === 0) return report;
  const problemOf = new Map(refused.map((item) => [item.productId, item.problem]));
  const rows = report.rows.map((row): FastOrderRowNode => {
    const problem = row.product ? problemOf.get(row.product.id) : undefined;
    if (!problem) return row;
    return { ...row, status: STATUS_OF[problem.code], message: problem.message, unitPrice: null, netAmount: null };
  });
  const okCount = rows.filter((row) => row.status === FastOrderRowStatus.OK).length;
  return { ...report, rows, okCount, problemCount: rows.length - okCount };
}

// Rows or CSV into numbered entries; a UserError when the input as a whole is unusable.
function readEntries(input: FastOrderInput): Entry[] | UserError {
  const hasRows = input.rows != null;
  const hasCsv = input.csv != null;
  if (hasRows === hasCsv) return userError('INVALID_INPUT', 'Give either rows or a CSV text.', ['input']);
  let entries: Entry[];
  if (hasCsv) {
    if (input.csv!.length > MAX_CSV_CHARACTERS)
      return userError('TOO_LARGE', `The CSV text is larger than ${MAX_CSV_CHARACTERS / 1000} KB.`, ['input', 'csv']);
    const parsed = parseFastOrderCsv(input.csv!);
    if (!Array.isArray(parsed)) return parsed;
    entries = parsed.map(({ row, reference, quantity }) => ({ row, reference, quantity }));
  } else {
    entries = input.rows!.map((row, index) => ({
      row: index + 1,
      reference: row.reference.trim(),
      quantity:
        Number.isInteger(row.quantity) && row.quantity > 0 && row.quantity <= MAX_LINE_QUANTITY ? row.quantity : null,
    }));
  }
  const field = ['input', hasCsv ? 'csv' : 'rows'];
  if (entries.length === 0) return userError('EMPTY', 'The fast order has no rows.', field);
  if (entries.length > MAX_ROWS) return userError('TOO_MANY_ROWS', `Enter at most ${MAX_ROWS} rows at a time.`, field);
  return entries;
}
