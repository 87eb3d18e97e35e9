import { Module } from '@nestjs/common';

import { PortalSettingsResolver } from './portal-settings.resolver';
import { PortalSettingsService } from './portal-settings.service';

// The operator's portal settings (feature toggles, default login target).
@Module({
  providers: [PortalSettingsResolver, PortalSettingsService],
  exports: [PortalSettingsService],
})
export class PortalModule {}
