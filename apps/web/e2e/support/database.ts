// A fresh database for each run: an external server's branchline_e2e database, or an embedded PostgreSQL.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { log } from './log';
import { repoRoot } from './paths';
import { freePort } from './processes';

const E2E_DATABASE = 'branchline_e2e';

type PgClient = { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };
type Pg = { Client: new (options: { connectionString: string }) => PgClient };

// The environment the API starts with: it creates, migrates and seeds the database itself.
export type DatabaseEnv = Record<string, string>;

export async function prepareExternalDatabase(databaseUrl: string): Promise<DatabaseEnv> {
  // pg is the API's dependency, not the SPA's.
  const pg = createRequire(join(repoRoot, 'apps', 'api', 'package.json'))('pg') as Pg;
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  const e2eUrl = new URL(databaseUrl);
  e2eUrl.pathname = `/${E2E_DATABASE}`;
  log(`database: ${E2E_DATABASE} on ${e2eUrl.host} (dropped first; the API creates, migrates and seeds it)`);
  return { DATABASE_URL: e2eUrl.toString() };
}

export async function prepareEmbeddedDatabase(): Promise<DatabaseEnv> {
  const dataDir = join(repoRoot, '.data', 'postgres-e2e');
  // A server left running by a killed run would hold the directory we are about to wipe.
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      if (pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) {
        log(`stopping a stale embedded PostgreSQL (pid ${pid})`);
        process.kill(pid, 'SIGTERM');
        const deadline = Date.now() + 10_000;
        while (existsSync(`/proc/${pid}`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      }
    } catch {
      // not running
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort(54331);
  log(`database: embedded PostgreSQL in ${dataDir} on port ${port} (fresh)`);
  return { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port), DATABASE_URL: '' };
}
