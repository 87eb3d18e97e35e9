import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';

import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AccessGuard } from './access.guard';
import { JwtStrategy } from './jwt.strategy';
import { RequestContextFactory } from './request-context.factory';

// Authentication and authorization for every module: passport-jwt, the RequestContext, the global guard.
@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [JwtStrategy, RequestContextFactory, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [JwtModule, RequestContextFactory],
})
export class AuthCoreModule {}
