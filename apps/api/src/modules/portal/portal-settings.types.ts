import { Field, InputType, ObjectType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { LoginTarget } from '../identity/login-target';

@ObjectType('PortalSettings', { description: "The shop operator's portal-wide settings." })
export class PortalSettingsNode {
  @Field(() => Boolean, { description: 'Whether users may generate an individual login link.' })
  loginLinksEnabled: boolean;

  @Field(() => LoginTarget, {
    nullable: true,
    description: 'Landing page when neither the user nor the company chose one.',
  })
  defaultLoginTarget: LoginTarget | null;

  @Field(() => Date)
  updatedAt: Date;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdatePortalSettingsInput {
  @Field(() => Boolean, { nullable: true })
  loginLinksEnabled?: boolean | null;

  @Field(() => LoginTarget, { nullable: true, description: 'null: the dashboard.' })
  defaultLoginTarget?: LoginTarget | null;
}

@ObjectType('UpdatePortalSettingsPayload')
export class UpdatePortalSettingsPayload {
  @Field(() => PortalSettingsNode, { nullable: true })
  portalSettings: PortalSettingsNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
