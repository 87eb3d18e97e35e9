import { Field, InputType, ObjectType } from '@nestjs/graphql';

// How a person is addressed: employees, the employee form and the invitation preview. Abstract for both
// object and input types, so each declares only what it adds.
@ObjectType({ isAbstract: true })
@InputType({ isAbstract: true })
export class PersonNameFields {
  @Field(() => String, { nullable: true })
  salutation?: string | null;

  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;
}
