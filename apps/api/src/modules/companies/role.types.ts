import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { Permission } from '../../common/auth/permission';
import { UserError } from '../../common/errors/user-error.type';
import { ByIdInput } from '../../common/graphql/by-id.input';
import { DeletedIdPayload } from '../../common/graphql/deleted-id.payload';

@ObjectType('PermissionInfo', { description: 'One entry of the permission catalog.' })
export class PermissionInfoNode {
  @Field(() => Permission)
  permission: Permission;

  @Field(() => String)
  description: string;

  @Field(() => Boolean, { description: 'Held by company admins only; roles cannot include it.' })
  adminOnly: boolean;
}

@ObjectType('RoleHolder', { description: 'An employee holding a role.' })
export class RoleHolderNode {
  @Field(() => ID, { description: 'The employee (membership) id.' })
  employeeId: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String)
  email: string;

  @Field(() => Boolean)
  active: boolean;
}

@ObjectType('Role', { description: 'A named bundle of permissions in the active company.' })
export class RoleNode {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, {
    description: 'Preset roles (Buyer, Viewer, Finance, Purchasing lead) keep their name and cannot be deleted.',
  })
  isPreset: boolean;

  @Field(() => [Permission])
  permissions: Permission[];
}

@InputType()
export class CreateRoleInput {
  @Field(() => String)
  name: string;

  @Field(() => [Permission])
  permissions: Permission[];
}

@InputType()
export class UpdateRoleInput extends ByIdInput {
  @Field(() => String, { nullable: true, description: 'Omit to keep; preset roles cannot be renamed.' })
  name?: string | null;

  @Field(() => [Permission], { nullable: true, description: 'Omit to keep; replaces the whole set.' })
  permissions?: Permission[] | null;
}

@InputType()
export class DeleteRoleInput extends ByIdInput {}

@ObjectType('RolePayload')
export class RolePayload {
  @Field(() => RoleNode, { nullable: true })
  role: RoleNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('DeleteRolePayload')
export class DeleteRolePayload extends DeletedIdPayload {}
