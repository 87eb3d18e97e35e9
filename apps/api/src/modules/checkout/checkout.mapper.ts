import { money } from '../../common/money/money';
import { PaymentMethodNode, ShippingMethodNode } from './checkout.types';
import { PaymentMethod } from './payment-method.entity';
import { ShippingMethod } from './shipping-method.entity';

export function toShippingMethodNode(method: ShippingMethod): ShippingMethodNode {
  return { id: method.id, code: method.code, name: method.name, price: money(method.price, method.currency) };
}

export function toPaymentMethodNode(method: PaymentMethod): PaymentMethodNode {
  return { id: method.id, code: method.code, name: method.name };
}
