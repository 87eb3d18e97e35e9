import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { EmployeeNode } from '../companies/employee.types';
import { PersonNameFields } from '../companies/person-name.types';

@InputType({ description: 'Invites with a role; an invitation never makes anyone admin.' })
export class InviteEmployeeInput extends PersonNameFields {
  @Field(() => String)
  email: string;

  @Field(() => ID)
  roleId: string;

  @Field(() => String, { nullable: true })
  department?: string | null;
}

@ObjectType('EmployeeInvitation')
export class EmployeeInvitationNode {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description: 'The link token. Shown this once (only its hash is stored): the admin passes the link on.',
  })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => EmployeeNode)
  employee: EmployeeNode;
}

@ObjectType('InviteEmployeePayload')
export class InviteEmployeePayload {
  @Field(() => EmployeeInvitationNode, { nullable: true })
  invitation: EmployeeInvitationNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
