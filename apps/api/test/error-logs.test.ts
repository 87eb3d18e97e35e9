import { LoggerService } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { DEMO_PASSWORD, errorCodes, postGraphQL } from './support/test-app';
import { cloneTemplateDatabase } from './support/test-database';

type Entry = { level: string; text: string };

// Keeps what the API logs, to check what an operator would read.
class RecordingLogger implements LoggerService {
  readonly entries: Entry[] = [];
  log = (...parts: unknown[]) => this.push('log', parts);
  error = (...parts: unknown[]) => this.push('error', parts);
  warn = (...parts: unknown[]) => this.push('warn', parts);
  fatal = (...parts: unknown[]) => this.push('fatal', parts);
  private push(level: string, parts: unknown[]): void {
    this.entries.push({
      level,
      text: parts.map((part) => (part instanceof Error ? part.stack : String(part))).join(' '),
    });
  }
  errors(): Entry[] {
    return this.entries.filter((entry) => entry.level === 'error' || entry.level === 'fatal');
  }
}

describe('Error logs', () => {
  const logger = new RecordingLogger();
  let app: NestFastifyApplication;
  let baseUrl: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await cloneTemplateDatabase();
    drop = database.drop;
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url });
    app = await createApp({ config, databaseUrl: database.url }, logger);
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await app.getUrl();
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });
  beforeEach(() => logger.entries.splice(0));

  it('does not log expected refusals (UNAUTHENTICATED) as errors', async () => {
    const refused = await postGraphQL(baseUrl, null, '{ orders(first: 1) { edges { node { id } } } }');
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(logger.errors()).toEqual([]);
  });

  it('logs an unexpected failure once, without the SQL parameters', async () => {
    const login = await postGraphQL<{ login: { accessToken: string } }>(
      baseUrl,
      null,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'admin@acme.test', password: DEMO_PASSWORD } },
    );
    const token = login.data?.login.accessToken ?? null;
    const printed = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const dataSource = app.get(DataSource);
    await dataSource.query('ALTER TABLE order_lines RENAME TO order_lines_moved');
    try {
      const failed = await postGraphQL(baseUrl, token, '{ orders(first: 1) { edges { node { lines { sku } } } } }');
      expect(errorCodes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(logger.errors()).toHaveLength(1);
      const everything = [...logger.entries.map((entry) => entry.text), ...printed.mock.calls.flat().map(String)];
      expect(everything.join('\n')).not.toMatch(/PARAMETERS/);
    } finally {
      printed.mockRestore();
      await dataSource.query('ALTER TABLE order_lines_moved RENAME TO order_lines');
    }
  });
});
