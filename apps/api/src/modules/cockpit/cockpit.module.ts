import { Module } from '@nestjs/common';

import { OrdersModule } from '../orders/orders.module';
import { CockpitResolver } from './cockpit.resolver';
import { CockpitService } from './cockpit.service';

@Module({
  imports: [OrdersModule],
  providers: [CockpitResolver, CockpitService],
})
export class CockpitModule {}
