import { join } from 'node:path';

import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';
import { repoRoot } from './repo-root';
import { seedDemoData } from './seed/demo-seed';

const logger = new Logger('Database');
const EMBEDDED_DATABASE = 'branchline';
// Any constant works: it only has to be the same for every replica migrating the same database.
const MIGRATION_LOCK_KEY = 7_240_001;

export type PreparedDatabase = { url: string; stop: () => Promise<void> };

// DATABASE_URL set: use it. Unset: start the embedded server. Then create the database if missing,
// migrate, and seed demo data into an empty database.
export async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  let url = config.databaseUrl;
  let stop = (): Promise<void> => Promise.resolve();
  if (!url) {
    const dataDir = config.embeddedPostgres.dataDir ?? join(repoRoot(), '.data', 'postgres');
    const embedded = await startEmbeddedPostgres(dataDir, config.embeddedPostgres.port);
    url = embedded.url(EMBEDDED_DATABASE);
    stop = embedded.stop;
  }
  await createDatabaseIfMissing(url);
  await migrateAndSeed(url, config.seedDemoData);
  return { url, stop };
}

export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      logger.log(`Created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

export async function migrateAndSeed(url: string, seed: boolean): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  // The advisory lock belongs to one connection, so hold it on a dedicated runner.
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (seed && (await isEmpty(dataSource))) {
      const startedAt = Date.now();
      await dataSource.transaction((manager) => seedDemoData(manager));
      logger.log(`Seeded demo data (${Date.now() - startedAt} ms)`);
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ count: number }> = await dataSource.query('SELECT count(*)::int AS count FROM companies');
  return rows[0].count === 0;
}
