import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { managerFor, withTransaction } from '../../common/database/transaction';
import { PortalSettings } from './portal-settings.entity';
import { PortalSettingsNode, UpdatePortalSettingsInput, UpdatePortalSettingsPayload } from './portal-settings.types';

// The single settings row (created by the migration). Other modules read it through `get`.
@Injectable()
export class PortalSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(context: RequestContext): Promise<PortalSettingsNode> {
    return managerFor(context, this.dataSource).findOneByOrFail(PortalSettings, { id: true });
  }

  async update(context: RequestContext, input: UpdatePortalSettingsInput): Promise<UpdatePortalSettingsPayload> {
    return withTransaction(context, this.dataSource, async (tx) => {
      const changes: Partial<Pick<PortalSettings, 'loginLinksEnabled' | 'defaultLoginTarget'>> = {};
      if (input.loginLinksEnabled != null) changes.loginLinksEnabled = input.loginLinksEnabled;
      if (input.defaultLoginTarget !== undefined) changes.defaultLoginTarget = input.defaultLoginTarget;
      if (Object.keys(changes).length) await tx.manager.update(PortalSettings, { id: true }, changes);
      return { portalSettings: await this.get(tx), userErrors: [] };
    });
  }
}
