import { Injectable } from '@nestjs/common';

import { TransactionalContext } from '../../common/database/data-access';
import { orderTotals } from '../pricing/order-totals';
import { AddressSnapshot, Order } from './order.entity';
import { OrderLine } from './order-line.entity';
import { OrderNumbersService } from './order-numbers.service';
import { OrderStatus } from './order-status';

// A priced line as the caller decided it (today's price at checkout, the agreed one for an offer).
export type OrderLineDraft = {
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string;
  taxRate: string;
  comment: string | null;
};

// Everything an order needs once the caller has validated and priced it. Totals, the number, the line
// positions and the company (the session's active one) are worked out here.
export type OrderDraft = {
  currency: string;
  lines: OrderLineDraft[];
  billingAddress: AddressSnapshot;
  shippingAddress: AddressSnapshot;
  shippingMethod: { id: string; name: string; price: string };
  paymentMethod: { id: string; name: string };
  costCenterId: string | null;
  purchaseOrderNumber: string | null;
  note: string | null;
  // Defaults to the signed-in employee; a rep ordering on an employee's behalf passes both.
  placedById?: string;
  placedByRepId?: string | null;
};

// The one place orders are written: checkout today; rep orders, accepted offers and released order
// requests next. Runs inside the caller's transaction, so a later failure also rolls the number back.
@Injectable()
export class OrderWriter {
  constructor(private readonly numbers: OrderNumbersService) {}

  async place(tx: TransactionalContext, draft: OrderDraft): Promise<Order> {
    const totals = orderTotals(draft.lines, draft.shippingMethod.price);
    const placedAt = new Date();
    const order = await tx.manager.save(
      tx.manager.create(Order, {
        number: await this.numbers.next(tx, placedAt),
        companyId: tx.requireCompany().companyId,
        placedById: draft.placedById ?? tx.requireActor.userId,
        placedByRepId: draft.placedByRepId ?? null,
        status: OrderStatus.OPEN,
        currency: draft.currency,
        netTotal: totals.net,
        taxTotal: totals.tax,
        grossTotal: totals.gross,
        purchaseOrderNumber: draft.purchaseOrderNumber,
        lineCount: draft.lines.length,
        placedAt,
        billingAddress: draft.billingAddress,
        shippingAddress: draft.shippingAddress,
        costCenterId: draft.costCenterId,
        note: draft.note,
        shippingMethodId: draft.shippingMethod.id,
        shippingMethodName: draft.shippingMethod.name,
        shippingCost: totals.shippingNet,
        paymentMethodId: draft.paymentMethod.id,
        paymentMethodName: draft.paymentMethod.name,
      }),
    );
    await tx.manager
      .createQueryBuilder()
      .insert()
      .into(OrderLine)
      .values(
        draft.lines.map((line, index) => ({
          orderId: order.id,
          position: index + 1,
          productId: line.productId,
          sku: line.sku,
          name: line.name,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          netAmount: totals.lines[index].net,
          taxRate: line.taxRate,
          comment: line.comment,
        })),
      )
      .updateEntity(false)
      .execute();
    return order;
  }
}
