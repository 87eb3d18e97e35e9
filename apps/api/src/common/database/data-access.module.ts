import { Global, Module } from '@nestjs/common';

import { DataAccess } from './data-access';

@Global()
@Module({ providers: [DataAccess], exports: [DataAccess] })
export class DataAccessModule {}
