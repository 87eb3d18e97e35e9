import helmet from '@fastify/helmet';
import { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';

import { AppModule, AppModuleOptions } from './app.module';
import { securityHeaders } from './common/http/security-headers';

// Builds the HTTP application on a prepared database; main.ts and the API tests both use it.
export async function createApp(options: AppModuleOptions, logger?: LoggerService): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    // X-Forwarded-For is believed only from the operator's proxies (Fastify reads it from the right and
    // stops at the first untrusted hop); the sign-in throttle keys on the resulting IP.
    new FastifyAdapter({
      trustProxy: options.config.trustedProxies.length > 0 ? options.config.trustedProxies : false,
      // A slow client must send its whole request in time (slowloris), and every request is answered in time:
      // past handlerTimeout Fastify answers 503 itself (the database limits normally end the work earlier).
      requestTimeout: options.config.timeouts.requestMs,
      handlerTimeout: options.config.timeouts.requestMs,
    }),
    { logger: logger ?? false, abortOnError: false },
  );
  // @fastify/helmet is typed against our fastify, Nest's adapter brings its own (same major) copy.
  await app.register(helmet as unknown as Parameters<typeof app.register>[0], securityHeaders(options.config));
  if (options.config.corsOrigin) {
    app.enableCors({ origin: options.config.corsOrigin.split(',').map((origin) => origin.trim()) });
  }
  await app.init();
  return app;
}
