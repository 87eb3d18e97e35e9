import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { Client } from 'pg';

import { createApp } from '../src/app.factory';
import { encodeCursor } from '../src/common/connection/cursor';
import { loadConfig } from '../src/config/app-config';
import { postGraphQL } from '../test/support/test-app';
import { prepareBenchDatabase } from './bench-database';
import { summarize, timeEach } from './percentiles';
import { RecordingLogger } from './recording-logger';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 20;

const QUICK_SEARCH = `query BenchQuickSearch($query: String!) {
  quickSearch(query: $query, first: 10) { matchedOn customerProductNumber product { id sku name } }
}`;
const PRODUCTS = `query BenchProducts($after: String, $filter: ProductFilter, $orderBy: ProductOrderBy) {
  products(first: 50, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id sku name customerProductNumber price { source unitPrice { amount currency } } } }
  }
}`;

type Workload = { name: string; query: string; variables: Record<string, unknown> };

// `pnpm bench`: quick search and product listing at scale (100k+ products, 1M customer prices), each timed
// through the whole API (HTTP, GraphQL, auth, ORM) and as the very same SQL statements replayed raw, in one run.
async function main(): Promise<void> {
  Logger.overrideLogger(['log', 'warn', 'error', 'fatal']);
  const database = await prepareBenchDatabase();
  const recorder = new RecordingLogger();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url });
  const app = await createApp({ config, databaseUrl: database.url, sqlLogger: recorder });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await app.getUrl();
  // Same session settings as the API's pool (see data-source-options.ts), so only the stack differs.
  const raw = new Client({ connectionString: database.url, options: '-c jit=off' });
  await raw.connect();

  try {
    const token = await signIn(baseUrl, 'buyer@acme.test');
    const sizes = await raw.query<{ products: number; contract_prices: number }>(
      `SELECT (SELECT count(*) FROM products)::int AS products, (SELECT count(*) FROM contract_prices)::int AS contract_prices`,
    );
    const deep = await raw.query<{ sku: string; id: string }>(
      `SELECT sku, id FROM products WHERE active ORDER BY sku, id OFFSET 80000 LIMIT 1`,
    );
    const category = await raw.query<{ id: string }>(
      `SELECT id FROM categories WHERE parent_id IS NULL ORDER BY slug LIMIT 1`,
    );

    const workloads: Workload[] = [
      { name: 'quickSearch typo "claw hamer"', query: QUICK_SEARCH, variables: { query: 'claw hamer' } },
      {
        name: 'quickSearch words "stainless hex bolt"',
        query: QUICK_SEARCH,
        variables: { query: 'stainless hex bolt' },
      },
      { name: 'quickSearch SKU prefix "SC-00420"', query: QUICK_SEARCH, variables: { query: 'SC-00420' } },
      { name: 'quickSearch own number "ACME-4711"', query: QUICK_SEARCH, variables: { query: 'ACME-4711' } },
      {
        name: 'products: category page 1 by name, with prices',
        query: PRODUCTS,
        variables: { filter: { categoryId: category.rows[0].id } },
      },
      {
        name: 'products: page after row 80,000 by SKU, with prices',
        query: PRODUCTS,
        variables: {
          orderBy: { field: 'SKU', direction: 'ASC' },
          after: encodeCursor([deep.rows[0].sku, deep.rows[0].id]),
        },
      },
    ];

    const rows = [];
    for (const workload of workloads) {
      const call = async () => {
        const response = await postGraphQL(baseUrl, token, workload.query, workload.variables);
        if (response.errors?.length) throw new Error(`${workload.name}: ${JSON.stringify(response.errors)}`);
      };
      for (let i = 0; i < WARMUP; i++) await call();
      const statements = await recorder.record(call);
      const replay = async () => {
        for (const statement of statements) await raw.query(statement.sql, statement.parameters);
      };
      for (let i = 0; i < WARMUP; i++) await replay();
      const api = summarize(await timeEach(ITERATIONS, call));
      const sql = summarize(await timeEach(ITERATIONS, replay));
      rows.push({ workload: workload.name, statements: statements.length, api, sql });
    }

    const { products, contract_prices } = sizes.rows[0];
    const lines = [
      `Branchline benchmarks: ${products.toLocaleString('en')} products, ${contract_prices.toLocaleString('en')} contract prices, ${ITERATIONS} runs each`,
      '',
      `${'workload'.padEnd(52)} ${'stmts'.padStart(5)} ${'API p50'.padStart(9)} ${'API p95'.padStart(9)} ${'SQL p50'.padStart(9)} ${'SQL p95'.padStart(9)} ${'p50 ratio'.padStart(9)}`,
      ...rows.map(
        (row) =>
          `${row.workload.padEnd(52)} ${String(row.statements).padStart(5)} ${ms(row.api.p50)} ${ms(row.api.p95)} ${ms(row.sql.p50)} ${ms(row.sql.p95)} ${`${(row.api.p50 / row.sql.p50).toFixed(2)}x`.padStart(9)}`,
      ),
      '',
      'API = one HTTP request through the whole stack; SQL = the same statements replayed raw over one connection.',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await raw.end();
    await app.close();
    await database.stop();
  }
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await postGraphQL<{ login: { accessToken: string | null } }>(
    baseUrl,
    null,
    'mutation BenchLogin($email: String!) { login(input: { email: $email, password: "branchline" }) { accessToken } }',
    { email },
  );
  const token = response.data?.login.accessToken;
  if (!token) throw new Error(`Could not sign in as ${email}`);
  return token;
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`.padStart(9);
}

main().catch((error: unknown) => {
  new Logger('Bench').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
