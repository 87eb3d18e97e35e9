import { Field, ID, ObjectType } from '@nestjs/graphql';

import { UserError } from '../errors/user-error.type';

// What every delete mutation answers: the id that is gone, or why nothing was deleted.
@ObjectType({ isAbstract: true })
export class DeletedIdPayload {
  @Field(() => ID, { nullable: true })
  deletedId: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
