import { Global, Module } from '@nestjs/common';
import { DataLoaders } from './data-loaders';

@Global()
@Module({ providers: [DataLoaders], exports: [DataLoaders] })
export class DataLoadersModule {}
