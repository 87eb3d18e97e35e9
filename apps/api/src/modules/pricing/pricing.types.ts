import { Field, Int, ObjectType } from '@nestjs/graphql';

import { Money } from '../../common/money/money.type';
import { PriceSource } from './price-source';

@ObjectType('PriceBreak', { description: 'From this quantity on, the unit price drops to this amount.' })
export class PriceBreakNode {
  @Field(() => Int)
  minQuantity: number;

  @Field(() => Money)
  unitPrice: Money;

  @Field(() => PriceSource)
  source: PriceSource;
}

@ObjectType('ProductPrice', {
  description:
    'What the active company pays per unit at a quantity. Customer-specific prices only with "see special conditions".',
})
export class ProductPriceNode {
  @Field(() => Int)
  quantity: number;

  @Field(() => Money, { description: 'Unit price at this quantity (four decimal places).' })
  unitPrice: Money;

  @Field(() => PriceSource, { description: 'Where the unit price comes from.' })
  source: PriceSource;

  @Field(() => Money, { description: 'The list unit price, for comparison.' })
  listPrice: Money;

  @Field(() => Date, { nullable: true, description: 'When the contract price that applies ends, if it does.' })
  contractValidTo: Date | null;

  @Field(() => [PriceBreakNode], { description: 'Volume prices: quantities from which the unit price drops.' })
  tiers: PriceBreakNode[];
}
