import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger as TypeOrmLogger } from 'typeorm';

import { FEATURE_MODULES } from './app.features';
import { AuthCoreModule } from './common/auth/auth-core.module';
import { DataAccessModule } from './common/database/data-access.module';
import { QuietGraphQLExceptionFilter } from './common/errors/quiet-graphql-exception.filter';
import { graphqlOptions } from './common/graphql/graphql-options';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';

export type AppModuleOptions = {
  config: AppConfig;
  // The database is prepared (started, migrated, seeded) before the app module is built.
  databaseUrl: string;
  sqlLogger?: TypeOrmLogger;
};

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, sqlLogger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { logger: sqlLogger, timeouts: config.timeouts })),
        GraphQLModule.forRoot(graphqlOptions(config)),
        AuthCoreModule,
        DataAccessModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: QuietGraphQLExceptionFilter }],
    };
  }
}
