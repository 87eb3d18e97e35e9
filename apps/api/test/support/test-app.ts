import { TestLoginDocument, TestLoginMutation } from '@branchline/graphql-types';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { print } from 'graphql';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { SqlStatementCounter } from './sql-statement-counter';
import { cloneTemplateDatabase } from './test-database';

export const DEMO_PASSWORD = 'branchline';

export type GraphQLErrorShape = { message: string; extensions?: { code?: string }; path?: string[] };
export type GraphQLResponse<T> = { data?: T | null; errors?: GraphQLErrorShape[]; httpStatus: number };

export type TestClient = {
  token: string | null;
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TResult>>;
  // Like request, but fails the test on any GraphQL error and returns the data.
  data<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult>;
};

export type TestApp = {
  nest: NestFastifyApplication;
  baseUrl: string;
  dataSource: DataSource;
  sql: SqlStatementCounter;
  // Fixtures straight from the test database (ids to ask the API about, expected counts).
  rows<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  idOf(sql: string, parameters?: unknown[]): Promise<string>;
  // The id of a demo company by its name, e.g. 'Acme Industrial'.
  companyId(name: string): Promise<string>;
  anonymous: TestClient;
  // Signs in without keeping the client: for tests about the sign-in itself (tokens, errors, throttling).
  login(email: string, password?: string): Promise<TestLoginMutation['login']>;
  // One signed-in client per demo login, created on first use.
  as(email: string): Promise<TestClient>;
  clientWithToken(token: string | null | undefined): TestClient;
  close(): Promise<void>;
};

// The real API (Nest on Fastify, real HTTP on a free port) over a fresh clone of the demo database.
// `env` adds or overrides environment variables (e.g. TRUSTED_PROXIES) for this app only.
export async function startTestApp(options: { env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await cloneTemplateDatabase();
  const sql = new SqlStatementCounter();
  const config = loadConfig({ NODE_ENV: 'test', ...options.env, DATABASE_URL: database.url });
  const app: NestFastifyApplication = await createApp({ config, databaseUrl: database.url, sqlLogger: sql });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await app.getUrl();
  const clients = new Map<string, Promise<TestClient>>();

  const clientWithToken = (token: string | null | undefined): TestClient => {
    const request: TestClient['request'] = (document, variables) =>
      postGraphQL(baseUrl, token ?? null, print(document), variables);
    return {
      token: token ?? null,
      request,
      async data(document, variables) {
        const response = await request(document, variables);
        if (response.errors?.length || !response.data) {
          throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
        }
        return response.data;
      },
    };
  };
  const anonymous = clientWithToken(null);
  const dataSource = app.get(DataSource);
  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => dataSource.query(sql, parameters);
  const idOf = async (sql: string, parameters: unknown[] = []): Promise<string> => {
    const [row] = await rows<{ id: string }>(sql, parameters);
    if (!row) throw new Error(`No fixture row for ${sql}`);
    return row.id;
  };

  return {
    nest: app,
    baseUrl,
    dataSource,
    sql,
    rows,
    idOf,
    companyId: (name) => idOf('SELECT id FROM companies WHERE name = $1', [name]),
    anonymous,
    login: (email, password = DEMO_PASSWORD) =>
      anonymous.data(TestLoginDocument, { input: { email, password } }).then((data) => data.login),
    clientWithToken,
    as(email) {
      let client = clients.get(email);
      if (!client) {
        client = anonymous.data(TestLoginDocument, { input: { email, password: DEMO_PASSWORD } }).then((result) => {
          if (!result.login.accessToken) throw new Error(`Demo login failed for ${email}: ${JSON.stringify(result)}`);
          return clientWithToken(result.login.accessToken);
        });
        clients.set(email, client);
      }
      return client;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export async function postGraphQL<T>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables?: unknown,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'httpStatus'>;
  return { ...body, httpStatus: response.status };
}

export function errorCodes(response: { errors?: GraphQLErrorShape[] }): Array<string | undefined> {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
