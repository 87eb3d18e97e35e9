import { TestSalesCustomersDocument } from '@branchline/graphql-types';

import { errorCodes, startTestApp, TestApp } from './support/test-app';

describe('sales customers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const allNames = async (email: string) => {
    const client = await app.as(email);
    const { salesCustomers } = await client.data(TestSalesCustomersDocument, { first: 100 });
    return salesCustomers;
  };

  it('shows a rep exactly the assigned customers, by name', async () => {
    const assigned: Array<{ name: string }> = await app.dataSource.query(
      `SELECT c.name FROM rep_assignments a JOIN companies c ON c.id = a.company_id
       JOIN users u ON u.id = a.rep_id WHERE u.email = 'rep@branchline.test' ORDER BY lower(c.name)`,
    );
    const customers = await allNames('rep@branchline.test');
    const names = customers.edges.map((edge) => edge.node.name);
    expect(names).toEqual(assigned.map((row) => row.name));
    expect(names).toContain('Acme Industrial');
    expect(names).not.toContain('Globex Construction');
    expect(customers.totalCount).toBe(assigned.length);
  });

  it('shows a supervisor every customer, with B2C customers flagged as not impersonable', async () => {
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM companies');
    const customers = await allNames('supervisor@branchline.test');
    expect(customers.totalCount).toBe(count);
    const b2c = customers.edges.map((edge) => edge.node).filter((node) => node.kind === 'B2C');
    expect(b2c.length).toBeGreaterThan(0);
    expect(b2c.every((node) => !node.canImpersonate)).toBe(true);
    const acme = customers.edges.find((edge) => edge.node.name === 'Acme Industrial')!.node;
    expect(acme.canImpersonate).toBe(true);
    expect(acme.employeeCount).toBeGreaterThanOrEqual(5);
    expect(acme.lastOrderAt).toEqual(expect.any(String));
  });

  it("searches by name or customer number within the rep's own customers only", async () => {
    const rep = await app.as('rep@branchline.test');
    const acme = await rep.data(TestSalesCustomersDocument, { first: 10, filter: { search: 'acme' } });
    expect(acme.salesCustomers.edges.map((edge) => edge.node.name)).toEqual(['Acme Industrial']);
    const byNumber = await rep.data(TestSalesCustomersDocument, {
      first: 10,
      filter: { search: acme.salesCustomers.edges[0].node.customerNumber },
    });
    expect(byNumber.salesCustomers.totalCount).toBe(1);
    const globex = await rep.data(TestSalesCustomersDocument, { first: 10, filter: { search: 'globex' } });
    expect(globex.salesCustomers.totalCount).toBe(0);
  });

  it('pages by cursor and resolves counts in constant statements', async () => {
    const supervisor = await app.as('supervisor@branchline.test');
    const page1 = await app.sql.measure(() => supervisor.data(TestSalesCustomersDocument, { first: 3 }));
    const page2 = await supervisor.data(TestSalesCustomersDocument, {
      first: 3,
      after: page1.result.salesCustomers.pageInfo.endCursor,
    });
    const names = [...page1.result.salesCustomers.edges, ...page2.salesCustomers.edges].map((edge) => edge.node.name);
    expect(new Set(names).size).toBe(6);
    const full = await app.sql.measure(() => supervisor.data(TestSalesCustomersDocument, { first: 100 }));
    expect(full.statements).toBe(page1.statements);
  });

  it('is closed to employees', async () => {
    const buyer = await app.as('buyer@acme.test');
    expect(errorCodes(await buyer.request(TestSalesCustomersDocument, { first: 10 }))).toEqual(['FORBIDDEN']);
  });
});
