import { Field, ID, InputType } from '@nestjs/graphql';

// Mutations on one existing record (update, delete, unlink, ...) name it by id. Each mutation still
// declares its own input type, so fields can be added to one without touching the others.
@InputType({ isAbstract: true })
export class ByIdInput {
  @Field(() => ID)
  id: string;
}
