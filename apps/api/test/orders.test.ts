import {
  TestCockpitDocument,
  TestOrderDocument,
  TestOrdersDocument,
  TestOrdersQuery,
  TestOrdersWithLinesDocument,
} from '@branchline/graphql-types';

import { errorCodes, startTestApp, TestApp } from './support/test-app';

describe('orders and cockpit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const companyId = (name: string) => app.idOf('SELECT id FROM companies WHERE name = $1', [name]);
  const userId = (email: string) => app.idOf('SELECT id FROM users WHERE email = $1', [email]);

  it("pages through all of the company's orders with cursors, newest first, without gaps or repeats", async () => {
    const admin = await app.as('admin@acme.test');
    const [{ count }]: Array<{ count: number }> = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM orders WHERE company_id = $1',
      [await companyId('Acme Industrial')],
    );
    const seen: string[] = [];
    const placedAt: string[] = [];
    let after: string | null | undefined = null;
    do {
      const { orders }: TestOrdersQuery = await admin.data(TestOrdersDocument, { first: 100, after });
      expect(orders.totalCount).toBe(count);
      seen.push(...orders.edges.map((edge) => edge.node.number));
      placedAt.push(...orders.edges.map((edge) => edge.node.placedAt));
      after = orders.pageInfo.hasNextPage ? orders.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect([...placedAt].sort().reverse()).toEqual(placedAt);
  });

  it("shows a buyer only their own orders, and an admin everyone's", async () => {
    const buyerId = await userId('buyer@acme.test');
    const buyer = await app.as('buyer@acme.test');
    const own = await buyer.data(TestOrdersDocument, { first: 100 });
    expect(own.orders.totalCount).toBeGreaterThan(0);
    expect(own.orders.edges.every((edge) => edge.node.placedBy.id === buyerId)).toBe(true);

    const admin = await app.as('admin@acme.test');
    const all = await admin.data(TestOrdersDocument, { first: 1 });
    expect(all.orders.totalCount).toBeGreaterThan(own.orders.totalCount);
  });

  it('filters by status and date range and searches by order number', async () => {
    const admin = await app.as('admin@acme.test');
    const shipped = await admin.data(TestOrdersDocument, { first: 50, filter: { statuses: ['SHIPPED'] } });
    expect(shipped.orders.totalCount).toBeGreaterThan(0);
    expect(shipped.orders.edges.every((edge) => edge.node.status === 'SHIPPED')).toBe(true);

    const from = '2026-01-01T00:00:00.000Z';
    const to = '2026-04-01T00:00:00.000Z';
    const quarter = await admin.data(TestOrdersDocument, { first: 100, filter: { placedFrom: from, placedTo: to } });
    expect(quarter.orders.edges.every((edge) => edge.node.placedAt >= from && edge.node.placedAt < to)).toBe(true);

    const target = shipped.orders.edges[0].node.number;
    const found = await admin.data(TestOrdersDocument, { first: 10, filter: { search: target.slice(-6) } });
    expect(found.orders.edges.map((edge) => edge.node.number)).toContain(target);
    const none = await admin.data(TestOrdersDocument, { first: 10, filter: { search: '%' } });
    expect(none.orders.totalCount).toBe(0);
  });

  it('sorts by gross total across pages', async () => {
    const admin = await app.as('admin@acme.test');
    const orderBy = { field: 'GROSS_TOTAL', direction: 'ASC' } as const;
    const page1 = await admin.data(TestOrdersDocument, { first: 30, orderBy });
    const page2 = await admin.data(TestOrdersDocument, { first: 30, orderBy, after: page1.orders.pageInfo.endCursor });
    const totals = [...page1.orders.edges, ...page2.orders.edges].map((edge) => Number(edge.node.grossTotal.amount));
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it('shows an order with its lines, and the totals add up', async () => {
    const admin = await app.as('admin@acme.test');
    const first = (await admin.data(TestOrdersDocument, { first: 1 })).orders.edges[0].node;
    const { order } = await admin.data(TestOrderDocument, { id: first.id });
    expect(order.lines).toHaveLength(order.lineCount);
    const cents = order.lines.reduce((sum, line) => sum + Math.round(Number(line.netAmount.amount) * 100), 0);
    expect(cents).toBe(Math.round(Number(order.netTotal.amount) * 100));
    const gross = Math.round(Number(order.netTotal.amount) * 100) + Math.round(Number(order.taxTotal.amount) * 100);
    expect(gross).toBe(Math.round(Number(order.grossTotal.amount) * 100));
  });

  it("answers NOT_FOUND for another company's order, a colleague's order seen by a buyer, and a malformed id", async () => {
    const [globexOrder] = await app.dataSource.query('SELECT id FROM orders WHERE company_id = $1 LIMIT 1', [
      await companyId('Globex Construction'),
    ]);
    const [colleagueOrder] = await app.dataSource.query(
      'SELECT id FROM orders WHERE company_id = $1 AND placed_by_id <> $2 LIMIT 1',
      [await companyId('Acme Industrial'), await userId('buyer@acme.test')],
    );
    const buyer = await app.as('buyer@acme.test');
    for (const id of [globexOrder.id, colleagueOrder.id, 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      const response = await buyer.request(TestOrderDocument, { id });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.errors?.[0].message).toBe('Order not found.');
    }
  });

  it('refuses page sizes outside 1..100 and forged cursors', async () => {
    const admin = await app.as('admin@acme.test');
    expect(errorCodes(await admin.request(TestOrdersDocument, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.request(TestOrdersDocument, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.request(TestOrdersDocument, { first: 5, after: 'abc' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('loads a page of orders with lines and people in the same number of statements for 5 or 100 orders', async () => {
    const admin = await app.as('admin@acme.test');
    const small = await app.sql.measure(() => admin.data(TestOrdersWithLinesDocument, { first: 5 }));
    const large = await app.sql.measure(() => admin.data(TestOrdersWithLinesDocument, { first: 100 }));
    expect(large.result.orders.edges).toHaveLength(100);
    expect(large.result.orders.edges.some((edge) => edge.node.placedByRep)).toBe(true);
    expect(large.result.orders.edges.flatMap((edge) => edge.node.lines).length).toBeGreaterThan(100);
    // session + page + lines + people
    expect(small.statements).toBe(4);
    expect(large.statements).toBe(small.statements);
  });

  it('counts the matching orders only when totalCount is asked for', async () => {
    const admin = await app.as('admin@acme.test');
    const withCount = await app.sql.measure(() => admin.data(TestOrdersDocument, { first: 5 }));
    const withoutCount = await app.sql.measure(() => admin.data(TestOrdersWithLinesDocument, { first: 5 }));
    expect(withCount.result.orders.totalCount).toBeGreaterThan(5);
    // TestOrders selects totalCount but no lines: session + page + people + count
    expect(withCount.statements).toBe(4);
    // TestOrdersWithLines selects lines instead of totalCount: session + page + lines + people
    expect(withoutCount.statements).toBe(4);
  });

  it("counts this calendar year's and the open orders in the cockpit from the same orders the list shows", async () => {
    const admin = await app.as('admin@acme.test');
    const acme = await companyId('Acme Industrial');
    const [expected]: Array<{ this_year: number; open: number; open_value: string }> = await app.dataSource.query(
      `SELECT count(*) FILTER (WHERE placed_at >= date_trunc('year', now()))::int AS this_year,
              count(*) FILTER (WHERE status IN ('open','confirmed','in_progress','shipped'))::int AS open,
              coalesce(sum(gross_total) FILTER (WHERE status IN ('open','confirmed','in_progress','shipped')), 0)::text AS open_value
       FROM orders WHERE company_id = $1`,
      [acme],
    );
    const { cockpit } = await admin.data(TestCockpitDocument);
    expect(cockpit.ordersThisYear).toBe(expected.this_year);
    expect(cockpit.ordersThisYear).toBeGreaterThan(0);
    expect(cockpit.openOrderCount).toBe(expected.open);
    expect(Number(cockpit.openOrdersValue.amount)).toBeCloseTo(Number(expected.open_value), 2);
    expect(cockpit.openOrders.length).toBe(Math.min(5, expected.open));
    expect(
      cockpit.openOrders.every((order) => ['OPEN', 'CONFIRMED', 'IN_PROGRESS', 'SHIPPED'].includes(order.status)),
    ).toBe(true);

    const buyer = await app.as('buyer@acme.test');
    const buyerCockpit = (await buyer.data(TestCockpitDocument)).cockpit;
    const buyerOpen = await buyer.data(TestOrdersDocument, {
      first: 1,
      filter: { statuses: ['OPEN', 'CONFIRMED', 'IN_PROGRESS', 'SHIPPED'] },
    });
    expect(buyerCockpit.openOrderCount).toBe(buyerOpen.orders.totalCount);
    expect(buyerCockpit.openOrderCount).toBeLessThan(cockpit.openOrderCount);
  });
});
