import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionArgs, SortDirection } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { UserError } from '../../common/errors/user-error.type';
import { ByIdInput } from '../../common/graphql/by-id.input';
import { LoginTarget } from '../identity/login-target';
import { PersonNameFields } from './person-name.types';

@ObjectType('Employee', { description: "A person's employment at the active company (past or present)." })
export class EmployeeNode extends PersonNameFields {
  @Field(() => ID, { description: 'The membership id: one person in two companies is two employees.' })
  id: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => Boolean, { description: 'Admins hold every employee permission and no role.' })
  isAdmin: boolean;

  // Resolved through a DataLoader (see EmployeesResolver.role).
  roleId: string | null;

  @Field(() => Boolean, { description: 'Inactive employees cannot sign in to this company.' })
  active: boolean;

  @Field(() => LoginTarget, { nullable: true, description: "Set by the admin; null = the operator's default." })
  loginTarget: LoginTarget | null;

  @Field(() => Boolean, { description: 'False while an invited person has not set a password yet.' })
  hasPassword: boolean;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('EmployeeConnection')
export class EmployeeConnection extends Connection(EmployeeNode, 'Employee') {}

@InputType()
export class EmployeeFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or email.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: current employees; false: past ones.' })
  active?: boolean | null;
}

export enum EmployeeSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(EmployeeSortField, { name: 'EmployeeSortField' });

@InputType()
export class EmployeeOrderBy {
  @Field(() => EmployeeSortField)
  field: EmployeeSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class EmployeesArgs extends ConnectionArgs {
  @Field(() => EmployeeFilter, { nullable: true })
  filter?: EmployeeFilter | null;

  @Field(() => EmployeeOrderBy, { nullable: true, description: 'Default: by last name, A to Z.' })
  orderBy?: EmployeeOrderBy | null;
}

@InputType()
export class CreateEmployeeInput extends PersonNameFields {
  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Admins hold no role: send isAdmin or roleId, never both.',
  })
  isAdmin: boolean;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => Boolean, { defaultValue: true })
  active: boolean;

  @Field(() => LoginTarget, { nullable: true })
  loginTarget?: LoginTarget | null;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateEmployeeInput extends ByIdInput {
  @Field(() => String, { nullable: true })
  salutation?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true clears the role; false needs a roleId (given or held).' })
  isAdmin?: boolean | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => LoginTarget, { nullable: true })
  loginTarget?: LoginTarget | null;
}

@InputType()
export class SetEmployeeActiveInput extends ByIdInput {
  @Field(() => Boolean)
  active: boolean;
}

@InputType()
export class UnlinkEmployeeInput extends ByIdInput {}

@ObjectType('EmployeePayload')
export class EmployeePayload {
  @Field(() => EmployeeNode, { nullable: true })
  employee: EmployeeNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('UnlinkEmployeePayload')
export class UnlinkEmployeePayload {
  @Field(() => ID, { nullable: true })
  unlinkedId: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
