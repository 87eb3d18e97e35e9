import { money } from '../../common/money/money';
import { postalAddressOf } from '../companies/postal-address.types';
import { AddressSnapshot, Order } from './order.entity';
import { OrderAddressNode, OrderLineNode, OrderNode } from './order.types';
import { OrderLine } from './order-line.entity';

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
    billingAddress: toOrderAddressNode(order.billingAddress),
    shippingAddress: toOrderAddressNode(order.shippingAddress),
    note: order.note,
    shippingMethodName: order.shippingMethodName,
    shippingCost: money(order.shippingCost ?? '0', order.currency),
    paymentMethodName: order.paymentMethodName,
    placedById: order.placedById,
    placedByRepId: order.placedByRepId,
    costCenterId: order.costCenterId,
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
    comment: line.comment,
  };
}

function toOrderAddressNode(snapshot: AddressSnapshot | null): OrderAddressNode | null {
  return snapshot ? postalAddressOf(snapshot) : null;
}
