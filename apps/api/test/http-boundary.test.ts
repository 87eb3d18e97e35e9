import { TestMeDocument } from '@branchline/graphql-types';
import { print } from 'graphql';

import { postGraphQL, startTestApp, TestApp } from './support/test-app';

// What any HTTP client sees at the edge: GraphQL-over-HTTP, CSRF and query limits, errors without internals.
describe('HTTP boundary', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  // Readiness is the probe that asks the database (database-outage.test.ts covers the outage side).
  it('reports healthy while the database answers', async () => {
    const response = await fetch(`${app.baseUrl}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports alive without asking the database', async () => {
    const { result: response, statements } = await app.sql.measure(() => fetch(`${app.baseUrl}/health`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(statements).toBe(0);
  });

  it('answers with the GraphQL-over-HTTP media type when asked for it', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: print(TestMeDocument) }),
    });
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
  });

  it('sends security headers with every answer (no sniffing, no referrer, never in a frame, no HSTS outside production)', async () => {
    const answers = [
      await fetch(`${app.baseUrl}/health`),
      await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(TestMeDocument) }),
      }),
    ];
    for (const response of answers) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('refuses mutations over GET', async () => {
    const query = encodeURIComponent('mutation { logout { success } }');
    const response = await fetch(`${app.baseUrl}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
  });

  it('blocks simple cross-site GET requests (CSRF prevention)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses documents with too many aliases before running them', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const refused = await postGraphQL(app.baseUrl, null, aliases);
    expect(refused.errors?.[0].message).toMatch(/At most 30 aliases/);
    expect(refused.data).toBeUndefined();
  });

  it('answers a document of chained fragments at once: validation is linear in its size', async () => {
    // Each fragment spreads the next twice: 2^22 selections for a walker that does not memoise.
    const levels = 22;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { __typename }`;
    expect(query.length).toBeLessThan(1_500);
    const started = Date.now();
    const response = await postGraphQL<{ __typename: string }>(app.baseUrl, null, query);
    expect(response.data).toEqual({ __typename: 'Query' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses a request over the cost budget before running it, naming the cost and the limit', async () => {
    const client = await app.as('buyer@acme.test');
    const page = (i: number) => `p${i}: products(first: 100) { edges { node { id price { unitPrice { amount } } } } }`;
    const query = `{ ${Array.from({ length: 30 }, (_, i) => page(i)).join(' ')} }`;
    const refused = await postGraphQL(app.baseUrl, client.token, query);
    expect(refused.httpStatus).toBe(400);
    expect(refused.data).toBeUndefined();
    const [error] = refused.errors ?? [];
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 5000 });
    expect(error.message).toMatch(/would cost \d+ points; at most 5000 are allowed/);
  });

  it('reports the cost of every answer in its extensions', async () => {
    const client = await app.as('buyer@acme.test');
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
      body: JSON.stringify({ query: '{ orders(first: 20) { edges { node { id } } } }' }),
    });
    const body = (await response.json()) as { extensions?: { cost?: unknown } };
    expect(body.extensions?.cost).toEqual({ requested: 1 + 20 * 2, limit: 5000 });
  });

  it('never sends stack traces or internals, even for an unexpected failure', async () => {
    const client = await app.as('admin@acme.test');
    await app.dataSource.query('ALTER TABLE order_lines RENAME TO order_lines_moved');
    try {
      const response = await postGraphQL<unknown>(
        app.baseUrl,
        client.token,
        '{ orders(first: 1) { edges { node { number lines { sku } } } } }',
      );
      const body = JSON.stringify(response);
      expect(response.errors?.[0]).toEqual({
        message: 'Something went wrong on our side. Please try again.',
        path: ['orders', 'edges', 0, 'node', 'lines'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(body).not.toMatch(/stacktrace|order_lines|relation|at .*\.ts/i);
    } finally {
      await app.dataSource.query('ALTER TABLE order_lines_moved RENAME TO order_lines');
    }
  });

  it('answers a malformed document with a parse error only', async () => {
    const response = await postGraphQL(app.baseUrl, null, '{ me { ');
    expect(response.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('refuses a NUL character in any text, in variables or in the document, as bad input', async () => {
    const login = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
    const inVariables = await postGraphQL(app.baseUrl, null, login, {
      input: { email: 'buyer@acme.test\u0000', password: 'branchline' },
    });
    expect(inVariables.httpStatus).toBe(400);
    expect(inVariables.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });

    const buyer = await app.as('buyer@acme.test');
    const inLiteral = await postGraphQL(
      app.baseUrl,
      buyer.token,
      '{ products(first: 5, filter: { search: "ham\\u0000mer" }) { totalCount } }',
    );
    expect(inLiteral.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(inLiteral.data).toBeUndefined();
  });
});
