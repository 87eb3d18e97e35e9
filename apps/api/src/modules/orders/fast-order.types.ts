import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { Money } from '../../common/money/money.type';
import { CartNode } from '../cart/cart.types';
import { ProductNode } from '../catalog/product.types';

export enum FastOrderRowStatus {
  OK = 'OK',
  UNKNOWN = 'UNKNOWN',
  NOT_IN_ASSORTMENT = 'NOT_IN_ASSORTMENT',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  BELOW_MINIMUM = 'BELOW_MINIMUM',
  PACK_SIZE_MISMATCH = 'PACK_SIZE_MISMATCH',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
}
registerEnumType(FastOrderRowStatus, {
  name: 'FastOrderRowStatus',
  valuesMap: {
    OK: { description: 'Can go into the cart as it is.' },
    UNKNOWN: { description: 'Neither a SKU nor one of the company’s own numbers.' },
    NOT_IN_ASSORTMENT: { description: "A product outside the company's assortment." },
    NOT_AVAILABLE: { description: 'A discontinued product.' },
    BELOW_MINIMUM: { description: "Less than the product's minimum quantity." },
    PACK_SIZE_MISMATCH: { description: 'Not a whole number of packs.' },
    INVALID_QUANTITY: { description: 'Missing, not a whole number, or out of range.' },
  },
});

@InputType()
export class FastOrderRowInput {
  @Field(() => String, { description: "A SKU or the company's own product number." })
  reference: string;

  @Field(() => Int)
  quantity: number;
}

@InputType({ description: 'Give rows or csv, not both.' })
export class FastOrderInput {
  @Field(() => [FastOrderRowInput], { nullable: true })
  rows?: FastOrderRowInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Columns reference and quantity, separated by ";", "," or a tab; a header row is optional.',
  })
  csv?: string | null;
}

@ObjectType('FastOrderRow', { description: 'One product of a fast order; rows naming the same product are summed.' })
export class FastOrderRowNode {
  @Field(() => [Int], { description: 'The input rows (1-based) or CSV line numbers this row sums up.' })
  rows: number[];

  @Field(() => String, { description: 'The reference as first entered.' })
  reference: string;

  @Field(() => Int, { nullable: true, description: 'Summed quantity; null when a quantity was unreadable.' })
  quantity: number | null;

  @Field(() => FastOrderRowStatus)
  status: FastOrderRowStatus;

  @Field(() => String, { nullable: true, description: 'What is wrong, for people; null when OK.' })
  message: string | null;

  @Field(() => ProductNode, { nullable: true, description: "Null unless the product is in the company's assortment." })
  product: ProductNode | null;

  @Field(() => Money, { nullable: true, description: 'Unit price at the summed quantity, for OK rows.' })
  unitPrice: Money | null;

  @Field(() => Money, { nullable: true })
  netAmount: Money | null;
}

@ObjectType('FastOrderReport')
export class FastOrderReportNode {
  @Field(() => [FastOrderRowNode])
  rows: FastOrderRowNode[];

  @Field(() => Int)
  okCount: number;

  @Field(() => Int)
  problemCount: number;

  @Field(() => [UserError], { description: 'Problems with the input as a whole (empty, too large).' })
  userErrors: UserError[];
}

@ObjectType('AddFastOrderToCartPayload')
export class AddFastOrderToCartPayload {
  @Field(() => CartNode)
  cart: CartNode;

  @Field(() => FastOrderReportNode)
  report: FastOrderReportNode;

  @Field(() => [UserError], { description: 'One per problem row; then nothing was added.' })
  userErrors: UserError[];
}
