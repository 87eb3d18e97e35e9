import { join } from 'node:path';

import { Logger } from '@nestjs/common';

import { loadConfig } from '../../src/config/app-config';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { migrateAndSeed } from '../../src/database/prepare-database';
import { repoRoot } from '../../src/database/repo-root';
import { freePort } from './free-port';
import { databaseUrl, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV, withAdminClient } from './test-database';

// The embedded test server never shares a data directory or port with `pnpm start`'s (54329).
const TEST_PG_PORT = 54330;

// Once per run: a server (DATABASE_URL's, or an embedded one), and a template database with the
// schema and demo data that each test file then clones.
export default async function globalSetup(): Promise<void> {
  Logger.overrideLogger(['warn', 'error', 'fatal']);
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let serverUrl = config.databaseUrl;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(
      join(repoRoot(), '.data', 'postgres-test'),
      await freePort(TEST_PG_PORT),
    );
    (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres = embedded.stop;
    serverUrl = embedded.url('postgres');
  }
  const template = `branchline_test_template_${process.pid}`;
  await withAdminClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(template)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(template)}`);
  });
  await migrateAndSeed(databaseUrl(serverUrl, template), true);
  process.env[TEST_SERVER_URL_ENV] = serverUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
}
