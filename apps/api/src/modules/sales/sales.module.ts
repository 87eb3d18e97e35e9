import { Module } from '@nestjs/common';

import { SalesLoaders } from './sales.loaders';
import { SalesCustomersResolver } from './sales-customers.resolver';
import { SalesCustomersService } from './sales-customers.service';

// What sales reps see: their customers (and later orders, offers, statistics, activity).
@Module({ providers: [SalesCustomersResolver, SalesCustomersService, SalesLoaders] })
export class SalesModule {}
