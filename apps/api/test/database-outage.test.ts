import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { TestLoginDocument } from '@branchline/graphql-types';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { print } from 'graphql';
import { DataSource } from 'typeorm';

import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { createDatabaseIfMissing, migrateAndSeed } from '../src/database/prepare-database';
import { repoRoot } from '../src/database/repo-root';
import { freePort } from './support/free-port';
import { OwnPostgres, startOwnPostgres } from './support/own-postgres';
import { DEMO_PASSWORD, errorCodes, postGraphQL } from './support/test-app';

// Small limits, so an outage shows within a few seconds: the driver gives up on a silent server after
// statement timeout + 1 s, on a connection after 1 s.
const LIMITS = { DB_STATEMENT_TIMEOUT_MS: '1000', DB_CONNECT_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '5000' };
const ORDERS_QUERY = '{ orders(first: 1) { edges { node { id } } } }';

// The API over its own PostgreSQL (never the shared test server), which the tests stop and freeze.
describe('Database outage', () => {
  const dataDir = join(repoRoot(), '.data', 'postgres-outage-test');
  let port: number;
  let postgres: OwnPostgres | undefined;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let token: string;
  let frozen: number[] = [];
  const figures: string[] = [];

  beforeAll(async () => {
    port = await freePort(54331);
    postgres = await startOwnPostgres(dataDir, port);
    const url = postgres.url('branchline_outage');
    await createDatabaseIfMissing(url);
    await migrateAndSeed(url, true);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, ...LIMITS });
    app = await createApp({ config, databaseUrl: url });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await app.getUrl();
    const login = await postGraphQL<{ login: { accessToken: string | null } }>(
      baseUrl,
      null,
      print(TestLoginDocument),
      { input: { email: 'buyer@acme.test', password: DEMO_PASSWORD } },
    );
    token = login.data?.login.accessToken ?? '';
    expect(token).not.toBe('');
  }, 180_000);

  afterAll(async () => {
    resume();
    await app?.close();
    await postgres?.stop();
    process.stdout.write(`Database outage figures:\n  ${figures.join('\n  ')}\n`);
  }, 60_000);

  const timed = async <T>(label: string, work: () => Promise<T>): Promise<{ result: T; ms: number }> => {
    const started = Date.now();
    const result = await work();
    const ms = Date.now() - started;
    figures.push(`${label}: ${ms} ms`);
    return { result, ms };
  };
  const status = (path: string) => fetch(`${baseUrl}${path}`).then((response) => response.status);
  const orders = () => postGraphQL<unknown>(baseUrl, token, ORDERS_QUERY);

  // SIGSTOP on the postmaster and its backends: the server keeps its sockets open and says nothing.
  const freeze = () => {
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
    frozen = [postmaster, ...children];
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
  };
  function resume(): void {
    for (const pid of frozen) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // already gone
      }
    }
    frozen = [];
  }

  it('limits the time of every statement and idle transaction on the API connections', async () => {
    const dataSource = app.get(DataSource);
    const [statement] = await dataSource.query<Array<{ statement_timeout: string }>>('SHOW statement_timeout');
    const [idle] = await dataSource.query<Array<{ idle_in_transaction_session_timeout: string }>>(
      'SHOW idle_in_transaction_session_timeout',
    );
    expect(statement?.statement_timeout).toBe('1s');
    expect(idle?.idle_in_transaction_session_timeout).toBe('30s');
  });

  it('while PostgreSQL is stopped: alive, not ready, and GraphQL answers 503 SERVICE_UNAVAILABLE at once', async () => {
    await postgres?.stop();
    postgres = undefined;

    const live = await timed('stopped: GET /health', () => status('/health'));
    expect(live.result).toBe(200);
    const ready = await timed('stopped: GET /health/ready', () => status('/health/ready'));
    expect(ready.result).toBe(503);
    expect(ready.ms).toBeLessThan(2_000);
    const answer = await timed('stopped: GraphQL orders', orders);
    expect(answer.result.httpStatus).toBe(503);
    expect(errorCodes(answer.result)).toContain('SERVICE_UNAVAILABLE');
    expect(errorCodes(answer.result)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(answer.ms).toBeLessThan(3_000);

    postgres = await startOwnPostgres(dataDir, port);
    const recovered = await timed('restarted: GET /health/ready', () => status('/health/ready'));
    expect(recovered.result).toBe(200);
    expect((await orders()).httpStatus).toBe(200);
  }, 60_000);

  it('while PostgreSQL is frozen: alive at once, not ready within 2 s, GraphQL 503 within the limits', async () => {
    freeze();
    try {
      const live = await timed('frozen: GET /health', () => status('/health'));
      expect(live.result).toBe(200);
      expect(live.ms).toBeLessThan(500);
      const ready = await timed('frozen: GET /health/ready', () => status('/health/ready'));
      expect(ready.result).toBe(503);
      expect(ready.ms).toBeLessThan(2_000);
      // Connection 1 s, or statement 1 s + 1 s on a pooled connection; a few sequential steps at most.
      const answer = await timed('frozen: GraphQL orders', orders);
      expect(answer.result.httpStatus).toBe(503);
      expect(errorCodes(answer.result)).toContain('SERVICE_UNAVAILABLE');
      expect(answer.ms).toBeLessThan(5_000);
    } finally {
      resume();
    }
    const recovered = await timed('resumed: GET /health/ready', () => status('/health/ready'));
    expect(recovered.result).toBe(200);
    const answer = await timed('resumed: GraphQL orders', orders);
    expect(answer.result.httpStatus).toBe(200);
    expect(answer.result.errors).toBeUndefined();
  }, 60_000);
});
