import { companyIdByName, employeeContext, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { DataAccess } from '../../common/database/data-access';
import { CompanyLoaders } from './company.loaders';

describe('CompanyLoaders', () => {
  let db: SpecDatabase;
  let loaders: CompanyLoaders;
  let acmeId: string;
  let globexId: string;

  beforeAll(async () => {
    db = await openSpecDatabase();
    loaders = new CompanyLoaders(new DataAccess(db.dataSource));
    acmeId = await companyIdByName(db, 'Acme Industrial');
    globexId = await companyIdByName(db, 'Globex Construction');
  });

  afterAll(() => db.close());

  const firstId = async (table: string, companyId: string) =>
    (await db.rows<{ id: string }>(`SELECT id FROM ${table} WHERE company_id = $1 ORDER BY id LIMIT 1`, [companyId]))[0]
      .id;

  it('costCenterById: one statement, key order, null for another company', async () => {
    const own = await db.rows<{ id: string }>('SELECT id FROM cost_centers WHERE company_id = $1 ORDER BY id LIMIT 2', [
      acmeId,
    ]);
    const foreign = await firstId('cost_centers', globexId);
    const context = employeeContext({ companyId: acmeId });
    const ids = [own[1].id, foreign, own[0].id];
    const { result, statements } = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.costCenterById(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result.map((costCenter) => costCenter?.id ?? null)).toEqual([own[1].id, null, own[0].id]);
  });

  it('roleById: null for a role of another company', async () => {
    const own = await firstId('roles', acmeId);
    const foreign = await firstId('roles', globexId);
    const context = employeeContext({ companyId: acmeId });
    const { result, statements } = await db.sql.measure(() =>
      Promise.all([foreign, own].map((id) => loaders.roleById(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result.map((role) => role?.id ?? null)).toEqual([null, own]);
  });

  it("roleHoldersByRoleId: the active company's holders per role, none for another company's role", async () => {
    const held = await db.rows<{ role_id: string; holders: number }>(
      `SELECT role_id, count(*)::int AS holders FROM memberships WHERE company_id = $1 AND role_id IS NOT NULL
       GROUP BY role_id ORDER BY role_id LIMIT 2`,
      [acmeId],
    );
    const foreign = await firstId('roles', globexId);
    const context = employeeContext({ companyId: acmeId });
    const ids = [held[0].role_id, foreign, held[1].role_id];
    const { result, statements } = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.roleHoldersByRoleId(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result.map((holders) => holders.length)).toEqual([held[0].holders, 0, held[1].holders]);
    expect(Object.keys(result[0][0]).sort()).toEqual(['active', 'email', 'employeeId', 'fullName']);
  });
});
