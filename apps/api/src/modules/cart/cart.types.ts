import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { DecimalScalar } from '../../common/money/decimal.scalar';
import { Money } from '../../common/money/money.type';
import type { CartErrorCode } from './cart.errors';

@ObjectType('CartLineProblem', { description: 'Why a cart line cannot be ordered as it stands.' })
export class CartLineProblemNode {
  @Field(() => String, { description: 'PRODUCT_NOT_AVAILABLE, BELOW_MINIMUM, NOT_PACK_MULTIPLE or INVALID_QUANTITY.' })
  code: CartErrorCode;

  @Field(() => String)
  message: string;
}

@ObjectType('CartLine')
export class CartLineNode {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  productId: string;

  @Field(() => String)
  sku: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, { nullable: true, description: 'Per-line comment, copied onto the order line.' })
  comment: string | null;

  @Field(() => Money, { nullable: true, description: "Today's unit price at this quantity; null when not orderable." })
  unitPrice: Money | null;

  @Field(() => Money, { nullable: true, description: 'unitPrice × quantity, rounded half up to cents.' })
  netAmount: Money | null;

  @Field(() => DecimalScalar, { description: 'Tax rate in percent, e.g. "19.00".' })
  taxRate: string;

  @Field(() => CartLineProblemNode, { nullable: true })
  problem: CartLineProblemNode | null;
}

@ObjectType('Cart', { description: "The signed-in employee's cart for the active company, at today's prices." })
export class CartNode {
  @Field(() => ID)
  id: string;

  @Field(() => [CartLineNode], { description: 'In the order they were added.' })
  lines: CartLineNode[];

  @Field(() => Int)
  lineCount: number;

  @Field(() => Money, { description: 'Sum of the orderable lines.' })
  netTotal: Money;

  @Field(() => Money, { description: 'Tax per line rounded half up, summed.' })
  taxTotal: Money;

  @Field(() => Money)
  grossTotal: Money;

  @Field(() => Boolean, { description: 'True when the cart has lines and none has a problem.' })
  checkoutReady: boolean;
}

@ObjectType('CartPayload')
export class CartPayload {
  @Field(() => CartNode, { description: 'The cart after the change (unchanged when there are userErrors).' })
  cart: CartNode;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class AddToCartInput {
  @Field(() => ID)
  productId: string;

  @Field(() => Int, { description: 'Added to the quantity already in the cart.' })
  quantity: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class UpdateCartLineInput {
  @Field(() => ID)
  lineId: string;

  @Field(() => Int, { nullable: true, description: 'The new quantity; unchanged when omitted.' })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'The new comment; unchanged when omitted, cleared by "".' })
  comment?: string | null;
}

@InputType()
export class RemoveCartLineInput {
  @Field(() => ID)
  lineId: string;
}
