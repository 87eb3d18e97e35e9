import { Field, InputType, ObjectType } from '@nestjs/graphql';

import { LIMITS } from '../../common/limits';
import { PersonNameFields } from '../companies/person-name.types';

@ObjectType('InvitationPreview', { description: 'What an open invite link is for, shown before the password is set.' })
export class InvitationPreviewNode extends PersonNameFields {
  @Field(() => String)
  companyName: string;

  @Field(() => String)
  email: string;

  @Field(() => Date)
  expiresAt: Date;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  token: string;

  @Field(() => String, { description: `At least ${LIMITS.password.minLength} characters.` })
  password: string;
}
