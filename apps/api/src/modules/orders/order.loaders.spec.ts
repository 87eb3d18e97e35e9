import { companyIdByName, employeeContext, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { DataAccess } from '../../common/database/data-access';
import { OrderLoaders } from './order.loaders';

describe('OrderLoaders', () => {
  let db: SpecDatabase;
  let loaders: OrderLoaders;

  beforeAll(async () => {
    db = await openSpecDatabase();
    loaders = new OrderLoaders(new DataAccess(db.dataSource));
  });

  afterAll(() => db.close());

  it('linesByOrderId: one statement for many orders, lines grouped per order in key order and by position', async () => {
    const acmeId = await companyIdByName(db, 'Acme Industrial');
    const orders = await db.rows<{ id: string; line_count: number }>(
      'SELECT id, line_count FROM orders WHERE company_id = $1 AND line_count > 1 ORDER BY number LIMIT 3',
      [acmeId],
    );
    const ids = [orders[2].id, '00000000-0000-0000-0000-000000000000', orders[0].id, orders[1].id];
    const context = employeeContext({ companyId: acmeId });
    const { result, statements } = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.linesByOrderId(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result.map((lines) => lines.length)).toEqual([
      orders[2].line_count,
      0,
      orders[0].line_count,
      orders[1].line_count,
    ]);
    for (const [index, lines] of result.entries()) {
      expect(lines.every((line) => line.orderId === ids[index])).toBe(true);
      expect(lines.map((line) => line.position)).toEqual(lines.map((_, position) => position + 1));
    }
  });
});
