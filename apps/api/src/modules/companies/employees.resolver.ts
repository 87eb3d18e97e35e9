import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow, Authenticated } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { CompanyLoaders } from './company.loaders';
import {
  CreateEmployeeInput,
  EmployeeConnection,
  EmployeeNode,
  EmployeePayload,
  EmployeesArgs,
  SetEmployeeActiveInput,
  UnlinkEmployeeInput,
  UnlinkEmployeePayload,
  UpdateEmployeeInput,
} from './employee.types';
import { EmployeesService } from './employees.service';
import { RoleNode } from './role.types';
import { toRoleNode } from './roles.service';

@Resolver(() => EmployeeNode)
export class EmployeesResolver {
  constructor(
    private readonly employeesService: EmployeesService,
    private readonly loaders: CompanyLoaders,
  ) {}

  // Every employee of the company sees the list, whatever the role; the service requires an active company.
  @Authenticated()
  @Query(() => EmployeeConnection, { description: "The active company's employees, past and present." })
  employees(@Ctx() context: RequestContext, @Args() args: EmployeesArgs): Promise<ConnectionResult<EmployeeNode>> {
    return this.employeesService.list(context, args);
  }

  // MANAGE_EMPLOYEES is held by company admins only (roles cannot include it).
  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => EmployeePayload, {
    description: 'An existing login identity with this email joins as the same person.',
  })
  createEmployee(@Ctx() context: RequestContext, @Args('input') input: CreateEmployeeInput): Promise<EmployeePayload> {
    return this.employeesService.create(context, input);
  }

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => EmployeePayload)
  updateEmployee(@Ctx() context: RequestContext, @Args('input') input: UpdateEmployeeInput): Promise<EmployeePayload> {
    return this.employeesService.update(context, input);
  }

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => EmployeePayload, { description: "Deactivating ends the person's sessions for this company at once." })
  setEmployeeActive(
    @Ctx() context: RequestContext,
    @Args('input') input: SetEmployeeActiveInput,
  ): Promise<EmployeePayload> {
    return this.employeesService.setActive(context, input);
  }

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => UnlinkEmployeePayload, { description: 'Removes the person from the company (the login stays).' })
  unlinkEmployee(
    @Ctx() context: RequestContext,
    @Args('input') input: UnlinkEmployeeInput,
  ): Promise<UnlinkEmployeePayload> {
    return this.employeesService.unlink(context, input);
  }

  @ResolveField(() => RoleNode, { nullable: true, description: 'Null for admins.' })
  async role(@Ctx() context: RequestContext, @Parent() employee: EmployeeNode): Promise<RoleNode | null> {
    if (!employee.roleId) return null;
    const role = await this.loaders.roleById(context).load(employee.roleId);
    return role && toRoleNode(role);
  }
}
