import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { PortalSettingsService } from './portal-settings.service';
import { PortalSettingsNode, UpdatePortalSettingsInput, UpdatePortalSettingsPayload } from './portal-settings.types';

// Operators only. What everyone else needs (loginLinksEnabled, the default login target) comes on the Viewer.
@Resolver()
export class PortalSettingsResolver {
  constructor(private readonly settings: PortalSettingsService) {}

  @Allow(Permission.MANAGE_PORTAL)
  @Query(() => PortalSettingsNode)
  portalSettings(@Ctx() context: RequestContext): Promise<PortalSettingsNode> {
    return this.settings.get(context);
  }

  @Allow(Permission.MANAGE_PORTAL)
  @Mutation(() => UpdatePortalSettingsPayload)
  updatePortalSettings(
    @Ctx() context: RequestContext,
    @Args('input') input: UpdatePortalSettingsInput,
  ): Promise<UpdatePortalSettingsPayload> {
    return this.settings.update(context, input);
  }
}
