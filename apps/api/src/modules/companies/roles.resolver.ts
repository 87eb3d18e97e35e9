import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow, Authenticated } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { CompanyLoaders } from './company.loaders';
import {
  CreateRoleInput,
  DeleteRoleInput,
  DeleteRolePayload,
  PermissionInfoNode,
  RoleHolderNode,
  RoleNode,
  RolePayload,
  UpdateRoleInput,
} from './role.types';
import { RolesService } from './roles.service';

@Resolver(() => RoleNode)
export class RolesResolver {
  constructor(
    private readonly rolesService: RolesService,
    private readonly loaders: CompanyLoaders,
  ) {}

  // Every employee sees the roles (the employee list shows them); the service requires an active company.
  @Authenticated()
  @Query(() => [RoleNode], { description: "The active company's roles: presets first, then by name." })
  roles(@Ctx() context: RequestContext): Promise<RoleNode[]> {
    return this.rolesService.list(context);
  }

  @Authenticated()
  @Query(() => [PermissionInfoNode], { description: 'The permissions roles are made of, with what each allows.' })
  permissionCatalog(@Ctx() context: RequestContext): PermissionInfoNode[] {
    return this.rolesService.permissionCatalog(context);
  }

  // MANAGE_EMPLOYEES is held by company admins only (roles cannot include it).
  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => RolePayload)
  createRole(@Ctx() context: RequestContext, @Args('input') input: CreateRoleInput): Promise<RolePayload> {
    return this.rolesService.create(context, input);
  }

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => RolePayload, { description: 'Preset roles: permissions may change, the name stays.' })
  updateRole(@Ctx() context: RequestContext, @Args('input') input: UpdateRoleInput): Promise<RolePayload> {
    return this.rolesService.update(context, input);
  }

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => DeleteRolePayload, {
    description: 'Refused (userError ROLE_IN_USE, naming holders) while anyone holds it.',
  })
  deleteRole(@Ctx() context: RequestContext, @Args('input') input: DeleteRoleInput): Promise<DeleteRolePayload> {
    return this.rolesService.delete(context, input);
  }

  @ResolveField(() => [RoleHolderNode], { description: 'Employees holding the role, past ones included.' })
  holders(@Ctx() context: RequestContext, @Parent() role: RoleNode): Promise<RoleHolderNode[]> {
    return this.loaders.roleHoldersByRoleId(context).load(role.id);
  }
}
