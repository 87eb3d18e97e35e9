import { TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV, withAdminClient } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (serverUrl && template) {
    await withAdminClient(serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(template)} WITH (FORCE)`),
    );
  }
  await (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres?.();
}
