import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

// Set by global-setup for every test worker.
export const TEST_SERVER_URL_ENV = 'BRANCHLINE_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'BRANCHLINE_TEST_TEMPLATE';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// A fresh database for one test file: a file-system copy of the migrated, seeded template (~100 ms).
export async function cloneTemplateDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = requiredEnv(TEST_SERVER_URL_ENV);
  const template = requiredEnv(TEST_TEMPLATE_ENV);
  const name = `branchline_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`),
  );
  return {
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withAdminClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }),
  };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run API tests through jest (global-setup prepares the database)`);
  return value;
}
