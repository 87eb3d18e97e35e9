import { Field, ObjectType } from '@nestjs/graphql';

import type { UserErrorCode } from './user-error-code';
import { UserErrorCodeEnum } from './user-error-code';

// Something the user can fix (wrong password, quantity below minimum): returned in the payload, not thrown.
@ObjectType({ description: 'A problem the user can fix, pointing at the input field it concerns.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field, e.g. ["input", "email"].' })
  field: string[] | null;

  @Field(() => UserErrorCodeEnum, { description: 'Stable machine-readable code, e.g. INVALID_CREDENTIALS.' })
  code: UserErrorCode;

  @Field(() => String, { description: 'Message for people, in English.' })
  message: string;
}

export function userError(code: UserErrorCode, message: string, field: string[] | null = null): UserError {
  return { code, message, field };
}
