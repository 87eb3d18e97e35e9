import { companyIdByName, employeeContext, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { DataAccess } from '../../common/database/data-access';
import { IdentityLoaders } from './identity.loaders';

// These loaders have no scope of their own (see the class comment); the spec pins batching and order.
describe('IdentityLoaders', () => {
  let db: SpecDatabase;
  let loaders: IdentityLoaders;

  beforeAll(async () => {
    db = await openSpecDatabase();
    loaders = new IdentityLoaders(new DataAccess(db.dataSource));
  });

  afterAll(() => db.close());

  it('personByScopedId: one statement, key order, full name, null for an unknown id', async () => {
    const users = await db.rows<{ id: string; first_name: string; last_name: string; email: string }>(
      'SELECT id, first_name, last_name, email FROM users ORDER BY email LIMIT 2',
    );
    const context = employeeContext({ companyId: await companyIdByName(db, 'Acme Industrial') });
    const ids = [users[1].id, '00000000-0000-0000-0000-000000000000', users[0].id];
    const { result, statements } = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.personByScopedId(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result).toEqual([
      { id: users[1].id, fullName: `${users[1].first_name} ${users[1].last_name}`, email: users[1].email },
      null,
      { id: users[0].id, fullName: `${users[0].first_name} ${users[0].last_name}`, email: users[0].email },
    ]);
  });

  it('companyByScopedId: one statement, key order', async () => {
    const acmeId = await companyIdByName(db, 'Acme Industrial');
    const globexId = await companyIdByName(db, 'Globex Construction');
    const context = employeeContext({ companyId: acmeId });
    const { result, statements } = await db.sql.measure(() =>
      Promise.all([globexId, acmeId].map((id) => loaders.companyByScopedId(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result.map((company) => company?.name)).toEqual(['Globex Construction', 'Acme Industrial']);
  });
});
