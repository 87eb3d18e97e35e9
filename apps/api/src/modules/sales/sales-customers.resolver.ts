import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { SalesLoaders } from './sales.loaders';
import { SalesCustomerConnection, SalesCustomerNode, SalesCustomersArgs } from './sales-customer.types';
import { SalesCustomersService } from './sales-customers.service';

@Resolver(() => SalesCustomerNode)
export class SalesCustomersResolver {
  constructor(
    private readonly customers: SalesCustomersService,
    private readonly loaders: SalesLoaders,
  ) {}

  @Allow(Permission.SERVE_CUSTOMERS)
  @Query(() => SalesCustomerConnection, { description: 'Customers the rep serves (supervisors: all), by name.' })
  salesCustomers(
    @Ctx() context: RequestContext,
    @Args() args: SalesCustomersArgs,
  ): Promise<ConnectionResult<SalesCustomerNode>> {
    return this.customers.list(context, args);
  }

  @ResolveField(() => Int, { description: 'Active employees.' })
  employeeCount(@Ctx() context: RequestContext, @Parent() customer: SalesCustomerNode): Promise<number> {
    return this.loaders.employeeCountByServedCompanyId(context).load(customer.id);
  }

  @ResolveField(() => Date, { nullable: true })
  lastOrderAt(@Ctx() context: RequestContext, @Parent() customer: SalesCustomerNode): Promise<Date | null> {
    return this.loaders.lastOrderAtByServedCompanyId(context).load(customer.id);
  }
}
