import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Permission } from '../../common/auth/permission';
import { UserKind } from '../../common/auth/user-kind';
import { UserError } from '../../common/errors/user-error.type';
import { CompanyNode } from '../companies/company.types';
import { LoginTarget } from './login-target';

registerEnumType(UserKind, {
  name: 'ActorKind',
  valuesMap: {
    EMPLOYEE: { description: 'An employee of a customer company.' },
    SALES_REP: { description: "A distributor's sales representative." },
    OPERATOR: { description: "The shop operator's staff." },
  },
});

@ObjectType('CompanyMembership', { description: "The viewer's employment at one company." })
export class CompanyMembershipNode {
  @Field(() => CompanyNode)
  company: CompanyNode;

  @Field(() => Boolean, { description: 'Admins hold every employee permission and no role.' })
  isAdmin: boolean;

  @Field(() => String, { nullable: true })
  roleName: string | null;
}

@ObjectType('Viewer', { description: 'Who is signed in, for which company, allowed to do what.' })
export class ViewerNode {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => String)
  fullName: string;

  @Field(() => UserKind)
  kind: UserKind;

  @Field(() => Boolean)
  isSupervisor: boolean;

  @Field(() => CompanyNode, { nullable: true, description: 'The company acted for; null for reps and operators.' })
  activeCompany: CompanyNode | null;

  @Field(() => [CompanyMembershipNode])
  memberships: CompanyMembershipNode[];

  @Field(() => [Permission], { description: 'Effective permissions in the active company.' })
  permissions: Permission[];

  @Field(() => CompanyNode, { nullable: true, description: 'Chosen at sign-in; null = choose at each sign-in.' })
  preferredCompany: CompanyNode | null;

  @Field(() => LoginTarget, {
    nullable: true,
    description:
      "Where to land after sign-in: the user's choice, else the active company's, else the operator's default; null = the dashboard.",
  })
  loginTarget: LoginTarget | null;

  @Field(() => LoginTarget, { nullable: true, description: "The user's own choice (account page)." })
  ownLoginTarget: LoginTarget | null;

  @Field(() => Boolean, { description: 'Whether the operator offers individual login links.' })
  loginLinksEnabled: boolean;

  @Field(() => Boolean, { description: '"Yes, I want an individual login link" (account page).' })
  wantsLoginLink: boolean;

  @Field(() => Boolean, { description: 'Whether a login link has been generated (its token is never shown again).' })
  hasLoginLink: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { nullable: true, description: 'Short-lived bearer token for the Authorization header.' })
  accessToken: string | null;

  @Field(() => Date, { nullable: true })
  accessTokenExpiresAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Single-use token for refreshSession; rotates on each use.' })
  refreshToken: string | null;

  @Field(() => ViewerNode, { nullable: true })
  viewer: ViewerNode | null;

  @Field(() => Boolean, {
    description:
      'True when the user works for several companies and chose none as preferred: signed in to the first, the SPA asks which one to use (switchCompany).',
  })
  requiresCompanySelection: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('LogoutPayload')
export class LogoutPayload {
  @Field(() => Boolean)
  success: boolean;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@InputType()
export class RefreshSessionInput {
  @Field(() => String)
  refreshToken: string;
}

@InputType()
export class SwitchCompanyInput {
  @Field(() => ID)
  companyId: string;
}
