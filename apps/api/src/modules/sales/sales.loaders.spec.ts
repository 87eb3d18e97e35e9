import { companyIdByName, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { SalesLoaders } from './sales.loaders';

describe('SalesLoaders', () => {
  let db: SpecDatabase;
  let loaders: SalesLoaders;

  beforeAll(async () => {
    db = await openSpecDatabase();
    loaders = new SalesLoaders(new DataAccess(db.dataSource));
  });

  afterAll(() => db.close());

  it('counts active employees and finds the last order per customer in one statement each, in key order', async () => {
    const acmeId = await companyIdByName(db, 'Acme Industrial');
    const globexId = await companyIdByName(db, 'Globex Construction');
    const unknown = '00000000-0000-0000-0000-000000000000';
    const ids = [globexId, unknown, acmeId];
    const expected = await db.rows<{ id: string; employees: number; last_order_at: Date | null }>(
      `SELECT c.id,
              (SELECT count(*)::int FROM memberships m WHERE m.company_id = c.id AND m.active) AS employees,
              (SELECT max(o.placed_at) FROM orders o WHERE o.company_id = c.id) AS last_order_at
       FROM companies c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    const of = (id: string) => expected.find((row) => row.id === id)!;
    const context = RequestContext.anonymous({ ipAddress: null, userAgent: null });

    const counts = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.employeeCountByServedCompanyId(context).load(id))),
    );
    expect(counts.statements).toBe(1);
    expect(counts.result).toEqual([of(globexId).employees, 0, of(acmeId).employees]);

    const last = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.lastOrderAtByServedCompanyId(context).load(id))),
    );
    expect(last.statements).toBe(1);
    expect(last.result).toEqual([of(globexId).last_order_at, null, of(acmeId).last_order_at]);
  });
});
