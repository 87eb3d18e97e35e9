import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { userError } from '../../common/errors/user-error.type';
import { CartService } from '../cart/cart.service';
import { quantityProblem } from '../cart/quantity-rules';
import { CatalogLoaders } from '../catalog/catalog.loaders';
import { OrderLoaders } from './order.loaders';
import { OrdersService } from './orders.service';
import { ReorderInput, ReorderPayload, ReorderSkippedLineNode } from './reorder.types';

@Injectable()
export class ReorderService {
  constructor(
    private readonly data: DataAccess,
    private readonly orders: OrdersService,
    private readonly cart: CartService,
    private readonly orderLoaders: OrderLoaders,
    private readonly catalogLoaders: CatalogLoaders,
  ) {}

  // Puts a past order's products back into the cart at today's availability (prices are always today's:
  // the cart holds none). Lines that cannot be ordered any more are reported, not silently dropped.
  async reorder(context: RequestContext, input: ReorderInput): Promise<ReorderPayload> {
    const order = await this.orders.find(context, input.orderId);

    const lines = await this.orderLoaders.linesByOrderId(context).load(order.id);
    // The same product on two lines becomes one cart line.
    const byProduct = new Map<string, { productId: string; sku: string; name: string; quantity: number }>();
    for (const line of lines) {
      const entry = byProduct.get(line.productId);
      if (entry) entry.quantity += line.quantity;
      else
        byProduct.set(line.productId, {
          productId: line.productId,
          sku: line.sku,
          name: line.name,
          quantity: line.quantity,
        });
    }
    const entries = [...byProduct.values()];
    const products = await Promise.all(
      entries.map((entry) => this.catalogLoaders.visibleProductById(context).load(entry.productId)),
    );

    const toAdd: Array<{ productId: string; quantity: number }> = [];
    const skippedLines: ReorderSkippedLineNode[] = [];
    const skip = (entry: (typeof entries)[number], reason: string, message: string) =>
      skippedLines.push({ ...entry, reason, message });
    entries.forEach((entry, index) => {
      const product = products[index];
      if (!product)
        return skip(entry, 'NOT_IN_ASSORTMENT', `${entry.name} (${entry.sku}) is no longer in your assortment.`);
      if (!product.active) return skip(entry, 'NOT_AVAILABLE', `${entry.name} (${entry.sku}) has been discontinued.`);
      // Today's rules, and then (in the cart) the same rules for the sum with what is already there.
      const problem = quantityProblem(product, entry.quantity);
      if (problem) return skip(entry, problem.code, problem.message);
      toAdd.push({ productId: entry.productId, quantity: entry.quantity });
    });

    const refused = await this.data.transaction(context, (tx) => this.cart.addQuantities(tx, toAdd));
    for (const { productId, problem } of refused) skip(byProduct.get(productId)!, problem.code, problem.message);
    const addedLineCount = toAdd.length - refused.length;
    const userErrors = addedLineCount
      ? []
      : [
          userError('NOTHING_ORDERABLE', `None of the products of ${order.number} can be ordered any more.`, [
            'input',
            'orderId',
          ]),
        ];
    return { cart: await this.cart.view(context), addedLineCount, skippedLines, userErrors };
  }
}
