import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { AddressesService } from './addresses.service';
import {
  AddressConnection,
  AddressesArgs,
  AddressNode,
  AddressPayload,
  CreateAddressInput,
  DeleteAddressInput,
  DeleteAddressPayload,
  UpdateAddressInput,
} from './company-address.types';

@Resolver(() => AddressNode)
export class AddressesResolver {
  constructor(private readonly addressesService: AddressesService) {}

  @Allow(Permission.PLACE_ORDERS, Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Query(() => AddressConnection, { description: "The active company's address book, oldest first." })
  addresses(@Ctx() context: RequestContext, @Args() args: AddressesArgs): Promise<ConnectionResult<AddressNode>> {
    return this.addressesService.list(context, args);
  }

  @Allow(Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Mutation(() => AddressPayload, {
    description: 'A new default billing or shipping address replaces the old default.',
  })
  createAddress(@Ctx() context: RequestContext, @Args('input') input: CreateAddressInput): Promise<AddressPayload> {
    return this.addressesService.create(context, input);
  }

  @Allow(Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Mutation(() => AddressPayload)
  updateAddress(@Ctx() context: RequestContext, @Args('input') input: UpdateAddressInput): Promise<AddressPayload> {
    return this.addressesService.update(context, input);
  }

  @Allow(Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Mutation(() => DeleteAddressPayload, { description: 'Placed orders keep their copy of the address.' })
  deleteAddress(
    @Ctx() context: RequestContext,
    @Args('input') input: DeleteAddressInput,
  ): Promise<DeleteAddressPayload> {
    return this.addressesService.delete(context, input);
  }
}
