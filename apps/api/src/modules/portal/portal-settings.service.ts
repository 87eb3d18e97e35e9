import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { PortalSettings } from './portal-settings.entity';
import { PortalSettingsNode, UpdatePortalSettingsInput, UpdatePortalSettingsPayload } from './portal-settings.types';

// The single settings row (created by the migration). Other modules read it through `get`.
@Injectable()
export class PortalSettingsService {
  constructor(private readonly data: DataAccess) {}

  async get(context: RequestContext): Promise<PortalSettingsNode> {
    return this.data.manager(context).findOneByOrFail(PortalSettings, { id: true });
  }

  async update(context: RequestContext, input: UpdatePortalSettingsInput): Promise<UpdatePortalSettingsPayload> {
    return this.data.transaction(context, async (tx) => {
      const changes: Partial<Pick<PortalSettings, 'loginLinksEnabled' | 'defaultLoginTarget'>> = {};
      if (input.loginLinksEnabled != null) changes.loginLinksEnabled = input.loginLinksEnabled;
      if (input.defaultLoginTarget !== undefined) changes.defaultLoginTarget = input.defaultLoginTarget;
      if (Object.keys(changes).length) await tx.manager.update(PortalSettings, { id: true }, changes);
      return { portalSettings: await this.get(tx), userErrors: [] };
    });
  }
}
