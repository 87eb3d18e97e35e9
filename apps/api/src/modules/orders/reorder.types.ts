import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { CartNode } from '../cart/cart.types';

@InputType()
export class ReorderInput {
  @Field(() => ID)
  orderId: string;
}

@ObjectType('ReorderSkippedLine', { description: 'A line of the old order that could not go into the cart.' })
export class ReorderSkippedLineNode {
  @Field(() => ID)
  productId: string;

  @Field(() => String, { description: 'The SKU as it was ordered.' })
  sku: string;

  @Field(() => String, { description: 'The product name as it was ordered.' })
  name: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, {
    description:
      'NOT_IN_ASSORTMENT, NOT_AVAILABLE (discontinued), BELOW_MINIMUM, NOT_PACK_MULTIPLE or INVALID_QUANTITY.',
  })
  reason: string;

  @Field(() => String)
  message: string;
}

@ObjectType('ReorderPayload')
export class ReorderPayload {
  @Field(() => CartNode)
  cart: CartNode;

  @Field(() => Int, { description: 'How many products were added (quantities summed with lines already there).' })
  addedLineCount: number;

  @Field(() => [ReorderSkippedLineNode])
  skippedLines: ReorderSkippedLineNode[];

  @Field(() => [UserError])
  userErrors: UserError[];
}
