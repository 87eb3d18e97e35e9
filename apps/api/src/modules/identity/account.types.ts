import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { LIMITS } from '../../common/limits';
import { ViewerNode } from './identity.types';
import { LoginTarget } from './login-target';

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword: string;

  @Field(() => String, { description: `At least ${LIMITS.password.minLength} characters.` })
  newPassword: string;
}

@ObjectType('ChangePasswordPayload')
export class ChangePasswordPayload {
  @Field(() => Boolean)
  success: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateAccountPreferencesInput {
  @Field(() => ID, { nullable: true, description: 'null: choose the company at each sign-in.' })
  preferredCompanyId?: string | null;

  @Field(() => LoginTarget, { nullable: true, description: "null: the company's or the operator's default." })
  loginTarget?: LoginTarget | null;

  @Field(() => Boolean, { nullable: true, description: 'Opt in to an individual login link; false deletes the link.' })
  wantsLoginLink?: boolean | null;
}

@ObjectType('UpdateAccountPreferencesPayload')
export class UpdateAccountPreferencesPayload {
  @Field(() => ViewerNode, { nullable: true })
  viewer: ViewerNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
