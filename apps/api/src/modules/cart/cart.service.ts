import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess, findByIdInScope, findInScope, TransactionalContext } from '../../common/database/data-access';
import { RollbackWithUserErrors } from '../../common/errors/rollback-with-user-errors';
import { UserError, userError } from '../../common/errors/user-error.type';
import type { UserErrorCode } from '../../common/errors/user-error-code';
import { LIMITS } from '../../common/limits';
import { money } from '../../common/money/money';
import { CatalogLoaders } from '../catalog/catalog.loaders';
import { ProductsService } from '../catalog/products.service';
import { orderTotals } from '../pricing/order-totals';
import { PricingService } from '../pricing/pricing.service';
import {
  AddToCartInput,
  CartLineNode,
  CartNode,
  CartPayload,
  RemoveCartLineInput,
  UpdateCartLineInput,
} from './cart.types';
import { addedQuantityProblem, QuantityProblem, quantityProblem } from './quantity-rules';

export const MAX_LINE_COMMENT_LENGTH = LIMITS.lineComment.maxLength;

// A cart line with the product facts the rules need, read in one statement with the lines.
export type CartLineRow = {
  id: string;
  productId: string;
  quantity: number;
  comment: string | null;
  sku: string;
  name: string;
  active: boolean;
  packSize: number;
  minQuantity: number;
  taxRate: string;
  listPrice: string;
  currency: string;
};

type RawLineRow = {
  id: string;
  product_id: string;
  quantity: number;
  comment: string | null;
  sku: string;
  name: string;
  active: boolean;
  pack_size: number;
  min_quantity: number;
  tax_rate: string;
  list_price: string;
  currency: string;
};

const LINES_SQL = `
  SELECT l.id, l.product_id, l.quantity, l.comment, p.sku, p.name, p.active, p.pack_size, p.min_quantity,
         p.tax_rate::text AS tax_rate, p.list_price::text AS list_price, p.currency
  FROM carts c
  JOIN cart_lines l ON l.cart_id = c.id
  JOIN products p ON p.id = l.product_id
  WHERE c.user_id = $1 AND c.company_id = $2
  ORDER BY l.seq`;

// An amount addQuantities did not add: the line's total would break a quantity rule.
export type RefusedQuantity = { productId: string; problem: QuantityProblem };

@Injectable()
export class CartService {
  constructor(
    private readonly data: DataAccess,
    private readonly products: ProductsService,
    private readonly prices: PricingService,
    private readonly loaders: CatalogLoaders,
  ) {}

  // Three statements whatever the size: lines with products, visibility, price conditions.
  async view(context: RequestContext): Promise<CartNode> {
    return this.price(context, await this.lineRows(context));
  }

  async add(context: RequestContext, input: AddToCartInput): Promise<CartPayload> {
    const comment = normaliseComment(input.comment);
    return this.mutate(context, async (tx) => {
      const product = await findInScope(this.products.visibleProducts(tx), input.productId, 'Product');
      const field = ['input', 'quantity'];
      if (!product.active) {
        const message = `${product.name} (${product.sku}) can no longer be ordered.`;
        throw rollback('PRODUCT_NOT_AVAILABLE', message, ['input', 'productId']);
      }
      checkComment(comment, ['input', 'comment']);
      const cartId = await this.cartIdFor(tx);
      const [existing] = await tx.manager.query<Array<{ quantity: number }>>(
        'SELECT quantity FROM cart_lines WHERE cart_id = $1 AND product_id = $2',
        [cartId, product.id],
      );
      // Only the sum has to meet minimum and pack size; the added amount just has to be a positive whole number.
      const inCart = existing?.quantity ?? 0;
      const problem = addedQuantityProblem(product, inCart, input.quantity);
      if (problem) throw rollback(problem.code, problem.message, field);
      await tx.manager.query(
        `INSERT INTO cart_lines (cart_id, product_id, quantity, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (cart_id, product_id) DO UPDATE
           SET quantity = EXCLUDED.quantity, comment = coalesce(EXCLUDED.comment, cart_lines.comment)`,
        [cartId, product.id, inCart + input.quantity, comment],
      );
    });
  }

  async updateLine(context: RequestContext, input: UpdateCartLineInput): Promise<CartPayload> {
    return this.mutate(context, async (tx) => {
      const line = await this.ownLine(tx, input.lineId);
      const quantity = input.quantity ?? line.quantity;
      const problem = quantityProblem(line, quantity);
      if (problem) throw new RollbackWithUserErrors([userError(problem.code, problem.message, ['input', 'quantity'])]);
      const comment = input.comment == null ? line.comment : normaliseComment(input.comment);
      checkComment(comment, ['input', 'comment']);
      await tx.manager.query('UPDATE cart_lines SET quantity = $2, comment = $3 WHERE id = $1', [
        line.id,
        quantity,
        comment,
      ]);
    });
  }

  async removeLine(context: RequestContext, input: RemoveCartLineInput): Promise<CartPayload> {
    return this.mutate(context, async (tx) => {
      const line = await this.ownLine(tx, input.lineId);
      await tx.manager.query('DELETE FROM cart_lines WHERE id = $1', [line.id]);
    });
  }

  async clear(context: RequestContext): Promise<CartPayload> {
    return this.mutate(context, async (tx) => {
      await tx.manager.query(
        'DELETE FROM cart_lines WHERE cart_id = (SELECT id FROM carts WHERE user_id = $1 AND company_id = $2)',
        [tx.requireActor.userId, tx.requireCompany().companyId],
      );
    });
  }

  // Adds quantities to the cart, summing with lines already there, each sum checked by the same rule as
  // addToCart. Returns the refused items with their problem; the others are written, or with
  // allOrNothing (fast order) nothing is written once one is refused. One entry per product.
  async addQuantities(
    tx: TransactionalContext,
    items: ReadonlyArray<{ productId: string; quantity: number }>,
    options: { allOrNothing?: boolean } = {},
  ): Promise<RefusedQuantity[]> {
    if (items.length === 0) return [];
    const cartId = await this.cartIdFor(tx);
    // The cart row is locked by cartIdFor, so the quantities read here stay current until commit.
    const rows = await tx.manager.query<
      Array<{ id: string; sku: string; name: string; pack_size: number; min_quantity: number; in_cart: number }>
    >(
      `SELECT p.id, p.sku, p.name, p.pack_size, p.min_quantity, coalesce(l.quantity, 0) AS in_cart
       FROM products p LEFT JOIN cart_lines l ON l.cart_id = $1 AND l.product_id = p.id
       WHERE p.id = ANY($2::uuid[])`,
      [cartId, items.map((item) => item.productId)],
    );
    const productById = new Map(rows.map((row) => [row.id, row]));
    const accepted: Array<{ productId: string; quantity: number }> = [];
    const refused: RefusedQuantity[] = [];
    for (const item of items) {
      const row = productById.get(item.productId);
      if (!row) throw new Error(`addQuantities: product ${item.productId} does not exist`);
      const product = { sku: row.sku, name: row.name, packSize: row.pack_size, minQuantity: row.min_quantity };
      const problem = addedQuantityProblem(product, row.in_cart, item.quantity);
      if (problem) refused.push({ productId: item.productId, problem });
      else accepted.push(item);
    }
    if (accepted.length === 0 || (options.allOrNothing && refused.length > 0)) return refused;
    await tx.manager.query(
      `INSERT INTO cart_lines (cart_id, product_id, quantity)
       SELECT $1, item.product_id, item.quantity
       FROM unnest($2::uuid[], $3::int[]) WITH ORDINALITY AS item(product_id, quantity, position)
       ORDER BY item.position
       ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = cart_lines.quantity + EXCLUDED.quantity`,
      [cartId, accepted.map((item) => item.productId), accepted.map((item) => item.quantity)],
    );
    return refused;
  }

  // Checkout: the cart row locked for the rest of the transaction (concurrent submits queue here), or
  // null when the user has none.
  async lockCart(tx: TransactionalContext): Promise<string | null> {
    const rows = await tx.manager.query<Array<{ id: string }>>(
      'SELECT id FROM carts WHERE user_id = $1 AND company_id = $2 FOR UPDATE',
      [tx.requireActor.userId, tx.requireCompany().companyId],
    );
    return rows[0]?.id ?? null;
  }

  async emptyCart(tx: TransactionalContext, cartId: string): Promise<void> {
    await tx.manager.query('DELETE FROM cart_lines WHERE cart_id = $1', [cartId]);
  }

  async lineRows(context: RequestContext): Promise<CartLineRow[]> {
    const rows = await this.data
      .manager(context)
      .query<RawLineRow[]>(LINES_SQL, [context.requireActor.userId, context.requireCompany().companyId]);
    return rows.map((row) => ({
      id: row.id,
      productId: row.product_id,
      quantity: row.quantity,
      comment: row.comment,
      sku: row.sku,
      name: row.name,
      active: row.active,
      packSize: row.pack_size,
      minQuantity: row.min_quantity,
      taxRate: row.tax_rate,
      listPrice: row.list_price,
      currency: row.currency,
    }));
  }

  // Prices every line at today's conditions for its quantity and checks it is still orderable.
  async price(context: RequestContext, rows: readonly CartLineRow[]): Promise<CartNode> {
    const visible = await Promise.all(rows.map((row) => this.loaders.visibleProductById(context).load(row.productId)));
    const lines: CartLineNode[] = await Promise.all(
      rows.map(async (row, index): Promise<CartLineNode> => {
        const base = {
          id: row.id,
          productId: row.productId,
          sku: row.sku,
          name: row.name,
          quantity: row.quantity,
          comment: row.comment,
          taxRate: row.taxRate,
        };
        if (!visible[index] || !row.active) {
          const message = `${row.name} (${row.sku}) can no longer be ordered.`;
          return { ...base, unitPrice: null, netAmount: null, problem: { code: 'PRODUCT_NOT_AVAILABLE', message } };
        }
        const product = { id: row.productId, listPrice: row.listPrice, currency: row.currency };
        const price = await this.prices.priceOf(context, product, row.quantity);
        const net = orderTotals([
          { unitPrice: price.unitPrice.amount, quantity: row.quantity, taxRate: row.taxRate },
        ]).net;
        const problem = quantityProblem(row, row.quantity);
        return {
          ...base,
          unitPrice: price.unitPrice,
          netAmount: money(net, row.currency),
          problem: problem ? { code: problem.code, message: problem.message } : null,
        };
      }),
    );
    const priced = lines.filter((line) => line.unitPrice !== null);
    const totals = orderTotals(
      priced.map((line) => ({ unitPrice: line.unitPrice!.amount, quantity: line.quantity, taxRate: line.taxRate })),
    );
    const currency = rows[0]?.currency ?? 'EUR';
    return {
      id: `${context.requireCompany().companyId}:${context.requireActor.userId}`,
      lines,
      lineCount: lines.length,
      netTotal: money(totals.net, currency),
      taxTotal: money(totals.tax, currency),
      grossTotal: money(totals.gross, currency),
      checkoutReady: lines.length > 0 && lines.every((line) => line.problem === null),
    };
  }

  // Everything in one transaction; userErrors roll it back, then the cart is read fresh either way.
  private async mutate(
    context: RequestContext,
    work: (tx: TransactionalContext) => Promise<void>,
  ): Promise<CartPayload> {
    const userErrors = await this.data.mutate<UserError[]>(
      context,
      async (tx) => {
        await work(tx);
        return [];
      },
      (errors) => errors,
    );
    return { cart: await this.view(context), userErrors };
  }

  // Creates the cart on first use; the upsert also locks the row, so concurrent changes queue.
  private async cartIdFor(tx: TransactionalContext): Promise<string> {
    const rows = await tx.manager.query<Array<{ id: string }>>(
      `INSERT INTO carts (user_id, company_id) VALUES ($1, $2)
       ON CONFLICT (user_id, company_id) DO UPDATE SET updated_at = now()
       RETURNING id`,
      [tx.requireActor.userId, tx.requireCompany().companyId],
    );
    return rows[0].id;
  }

  // Lines are only ever looked up inside the caller's own cart: anything else is NOT_FOUND.
  private async ownLine(tx: TransactionalContext, lineId: string): Promise<CartLineRow> {
    return findByIdInScope(lineId, 'Cart line', async (id) => (await this.lineRows(tx)).find((row) => row.id === id));
  }
}

function normaliseComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim();
  return trimmed ? trimmed : null;
}

function checkComment(comment: string | null, field: string[]): void {
  if (comment && comment.length > MAX_LINE_COMMENT_LENGTH) {
    throw rollback('TOO_LONG', `A line comment can have at most ${MAX_LINE_COMMENT_LENGTH} characters.`, field);
  }
}

function rollback(code: UserErrorCode, message: string, field: string[]): RollbackWithUserErrors {
  return new RollbackWithUserErrors([userError(code, message, field)]);
}
