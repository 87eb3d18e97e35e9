import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { Money } from '../../common/money/money.type';
import { AddressNode } from '../companies/company-address.types';
import { CostCenterNode } from '../companies/cost-center.types';
import { PostalAddressFields } from '../companies/postal-address.types';
import { OrderNode } from '../orders/order.types';
import { CheckoutMethodFields } from './checkout-method.types';

@ObjectType('ShippingMethod')
export class ShippingMethodNode extends CheckoutMethodFields {
  @Field(() => Money, { description: 'Net price per order.' })
  price: Money;
}

@ObjectType('PaymentMethod')
export class PaymentMethodNode extends CheckoutMethodFields {}

@ObjectType('CheckoutDefaults', {
  description: "The active company's express-checkout settings; addresses fall back to the default-flagged ones.",
})
export class CheckoutDefaultsNode {
  @Field(() => AddressNode, { nullable: true })
  billingAddress: AddressNode | null;

  @Field(() => AddressNode, { nullable: true })
  shippingAddress: AddressNode | null;

  @Field(() => ShippingMethodNode, { nullable: true })
  shippingMethod: ShippingMethodNode | null;

  @Field(() => PaymentMethodNode, { nullable: true })
  paymentMethod: PaymentMethodNode | null;

  @Field(() => CostCenterNode, { nullable: true })
  costCenter: CostCenterNode | null;

  @Field(() => Boolean, { description: 'True when express checkout has everything it needs.' })
  expressCheckoutReady: boolean;
}

@InputType({ description: 'An address typed in at checkout (not added to the address book).' })
export class NewAddressInput extends PostalAddressFields {}

@InputType({ description: 'Pick an address-book entry by id, or enter one. Give exactly one.' })
export class CheckoutAddressInput {
  @Field(() => ID, { nullable: true })
  addressId?: string | null;

  @Field(() => NewAddressInput, { nullable: true })
  address?: NewAddressInput | null;
}

@InputType({ description: 'Pick, enter, or ship to the billing address. Give exactly one.' })
export class ShippingAddressInput extends CheckoutAddressInput {
  @Field(() => Boolean, { nullable: true })
  sameAsBilling?: boolean | null;
}

@InputType()
export class LineCommentInput {
  @Field(() => ID, { description: 'A line of the cart.' })
  lineId: string;

  @Field(() => String, { description: 'Replaces the comment stored on the cart line; "" clears it.' })
  comment: string;
}

@InputType({ description: 'Omitted choices fall back to the company’s checkout defaults.' })
export class SubmitOrderInput {
  @Field(() => String, { description: 'Chosen by the client per checkout attempt: a replay returns the first order.' })
  idempotencyKey: string;

  @Field(() => CheckoutAddressInput, { nullable: true })
  billingAddress?: CheckoutAddressInput | null;

  @Field(() => ShippingAddressInput, { nullable: true })
  shippingAddress?: ShippingAddressInput | null;

  @Field(() => ID, { nullable: true })
  costCenterId?: string | null;

  @Field(() => String, { nullable: true, description: 'PO number or commission.' })
  purchaseOrderNumber?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [LineCommentInput], { nullable: true })
  lineComments?: LineCommentInput[] | null;

  @Field(() => ID, { nullable: true })
  shippingMethodId?: string | null;

  @Field(() => ID, { nullable: true })
  paymentMethodId?: string | null;
}

@InputType()
export class ExpressCheckoutInput {
  @Field(() => String, { description: 'Chosen by the client per checkout attempt: a replay returns the first order.' })
  idempotencyKey: string;
}

@ObjectType('SubmitOrderPayload')
export class SubmitOrderPayload {
  @Field(() => OrderNode, { nullable: true, description: 'The placed order; null when there are userErrors.' })
  order: OrderNode | null;

  @Field(() => Boolean, { description: 'True when the key was used before and this is the first order again.' })
  replayed: boolean;

  @Field(() => [UserError], { description: 'Nothing was created and the cart is unchanged when this is not empty.' })
  userErrors: UserError[];
}

@InputType({ description: 'Omitted fields stay as they are; null clears a choice.' })
export class UpdateCheckoutDefaultsInput {
  @Field(() => ID, { nullable: true, description: 'Null: fall back to the default billing address.' })
  billingAddressId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null: fall back to the default shipping address.' })
  shippingAddressId?: string | null;

  @Field(() => ID, { nullable: true })
  shippingMethodId?: string | null;

  @Field(() => ID, { nullable: true, description: "The company's default payment method." })
  paymentMethodId?: string | null;

  @Field(() => ID, { nullable: true })
  costCenterId?: string | null;
}

@ObjectType('UpdateCheckoutDefaultsPayload')
export class UpdateCheckoutDefaultsPayload {
  @Field(() => CheckoutDefaultsNode, { nullable: true })
  checkoutDefaults: CheckoutDefaultsNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
