import { money } from '../../common/money/money';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { OrderLineNode, OrderNode } from './order.types';

export function toOrderNode(order: Order): OrderNode {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    placedAt: order.placedAt,
    confirmedAt: order.confirmedAt,
    shippedAt: order.shippedAt,
    completedAt: order.completedAt,
    cancelledAt: order.cancelledAt,
    netTotal: money(order.netTotal, order.currency),
    taxTotal: money(order.taxTotal, order.currency),
    grossTotal: money(order.grossTotal, order.currency),
    purchaseOrderNumber: order.purchaseOrderNumber,
    lineCount: order.lineCount,
    placedById: order.placedById,
    placedByRepId: order.placedByRepId,
  };
}

export function toOrderLineNode(line: OrderLine, currency: string): OrderLineNode {
  return {
    id: line.id,
    position: line.position,
    productId: line.productId,
    sku: line.sku,
    name: line.name,
    quantity: line.quantity,
    unitPrice: money(line.unitPrice, currency, 4),
    netAmount: money(line.netAmount, currency),
    taxRate: line.taxRate,
  };
}
