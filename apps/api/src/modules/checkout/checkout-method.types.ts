import { Field, ID, ObjectType } from '@nestjs/graphql';

// What shipping and payment methods share: reference data the customer picks at checkout by code.
@ObjectType({ isAbstract: true })
export class CheckoutMethodFields {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;
}
