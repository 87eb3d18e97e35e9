import { Field, ObjectType } from '@nestjs/graphql';

import { DecimalScalar } from './decimal.scalar';

@ObjectType({ description: 'An amount of money in one currency.' })
export class Money {
  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. EUR.' })
  currency: string;
}
