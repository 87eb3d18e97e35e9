import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ProductNode } from './product.types';

export const MAX_QUICK_SEARCH_RESULTS = 20;

export enum QuickSearchMatch {
  SKU = 'SKU',
  CUSTOMER_NUMBER = 'CUSTOMER_NUMBER',
  NAME = 'NAME',
}
registerEnumType(QuickSearchMatch, {
  name: 'QuickSearchMatch',
  valuesMap: { CUSTOMER_NUMBER: { description: "The company's own product number." } },
});

@ObjectType('QuickSearchHit')
export class QuickSearchHitNode {
  @Field(() => ProductNode)
  product: ProductNode;

  @Field(() => QuickSearchMatch, { description: 'What the query matched best.' })
  matchedOn: QuickSearchMatch;

  @Field(() => String, { nullable: true, description: "The company's own number for the product, when it has one." })
  customerProductNumber: string | null;
}

@ArgsType()
export class QuickSearchArgs {
  @Field(() => String, { description: 'What the user typed: part of a name, SKU or own number; typos are tolerated.' })
  query: string;

  @Field(() => Int, { defaultValue: 10, description: `At most this many hits, 1 to ${MAX_QUICK_SEARCH_RESULTS}.` })
  first: number;
}
