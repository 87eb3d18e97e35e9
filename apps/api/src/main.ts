import 'reflect-metadata';

import { ConsoleLogger, Logger } from '@nestjs/common';

import { createApp } from './app.factory';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { prepareDatabase } from './database/prepare-database';

async function bootstrap(config: AppConfig): Promise<void> {
  const logger = new ConsoleLogger('Branchline', {
    json: config.logFormat === 'json',
    timestamp: true,
    logLevels: ['log', 'warn', 'error', 'fatal'],
  });
  // Loggers created before the app (database start-up, seeding) write through the same logger.
  Logger.overrideLogger(logger);
  const startedAt = Date.now();
  const database = await prepareDatabase(config);
  const app = await createApp({ config, databaseUrl: database.url }, logger);
  await app.listen({ port: config.port, host: config.host });
  logger.log(`API ready on http://${config.host}:${config.port}/graphql (${Date.now() - startedAt} ms)`);

  const shutdown = async (signal: string) => {
    logger.log(`${signal} received, shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
}

function main(): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  bootstrap(config).catch((error: unknown) => {
    new ConsoleLogger('Branchline').fatal(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}

main();
