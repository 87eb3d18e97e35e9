import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { createDatabaseIfMissing, migrateAndSeed } from '../src/database/prepare-database';
import { repoRoot } from '../src/database/repo-root';
import { freePort } from '../test/support/free-port';
import { seedScaleData } from './scale-data';

const BENCH_DATABASE = 'branchline_bench';

// The benchmark database: `branchline_bench` on DATABASE_URL's server, or on its own embedded server.
// Migrated, seeded with demo data and then with the scale data; kept between runs.
export async function prepareBenchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let url: string;
  let stop = (): Promise<void> => Promise.resolve();
  if (config.databaseUrl) {
    const server = new URL(config.databaseUrl);
    server.pathname = `/${BENCH_DATABASE}`;
    url = server.toString();
  } else {
    const embedded = await startEmbeddedPostgres(join(repoRoot(), '.data', 'postgres-bench'), await freePort(54332));
    url = embedded.url(BENCH_DATABASE);
    stop = embedded.stop;
  }
  await createDatabaseIfMissing(url);
  await migrateAndSeed(url, true);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await seedScaleData(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return { url, stop };
}
