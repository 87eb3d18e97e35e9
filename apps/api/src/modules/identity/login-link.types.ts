import { Field, InputType, ObjectType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';

@ObjectType('GenerateLoginLinkPayload')
export class GenerateLoginLinkPayload {
  @Field(() => String, {
    nullable: true,
    description: 'The link token, shown this once (only its hash is stored). Any earlier link stops working.',
  })
  token: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class LoginWithLinkInput {
  @Field(() => String)
  token: string;
}
