import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { AddressesService } from './addresses.service';
import { AddressConnection, AddressesArgs, AddressNode } from './company-address.types';

@Resolver(() => AddressNode)
export class AddressesResolver {
  constructor(private readonly addressesService: AddressesService) {}

  @Allow(Permission.PLACE_ORDERS, Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Query(() => AddressConnection, { description: "The active company's address book, oldest first." })
  addresses(@Ctx() context: RequestContext, @Args() args: AddressesArgs): Promise<ConnectionResult<AddressNode>> {
    return this.addressesService.list(context, args);
  }
}
