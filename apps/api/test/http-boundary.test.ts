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

  it('reports healthy while the database answers', async () => {
    const response = await fetch(`${app.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers with the GraphQL-over-HTTP media type when asked for it', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: print(TestMeDocument) }),
    });
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
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
});
