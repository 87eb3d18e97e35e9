import { openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { andWhereSearch } from './where-search';

// Against the real demo database: what matters is the SQL Postgres runs (OR inside brackets, escaped term).
describe('andWhereSearch', () => {
  let db: SpecDatabase;
  beforeAll(async () => {
    db = await openSpecDatabase();
  });
  afterAll(() => db.close());

  const companyNames = (search: string | null, extra?: string) => {
    const query = db.dataSource.createQueryBuilder().select('c.name', 'name').from('companies', 'c');
    if (extra) query.where(extra);
    andWhereSearch(query, search, ['c.name ILIKE :pattern', 'c.customer_number ILIKE :pattern']);
    return query
      .orderBy('c.name')
      .getRawMany<{ name: string }>()
      .then((rows) => rows.map((row) => row.name));
  };

  it('matches the trimmed term in any condition, case-insensitively', async () => {
    const [acme] = await db.rows<{ customer_number: string }>(
      `SELECT customer_number FROM companies WHERE name = 'Acme Industrial'`,
    );
    expect(await companyNames('  acme industrial ')).toEqual(['Acme Industrial']);
    expect(await companyNames(acme.customer_number)).toEqual(['Acme Industrial']);
  });

  it('filters nothing for a blank term, and keeps earlier conditions for a present one', async () => {
    const all = await db.rows<{ name: string }>('SELECT name FROM companies');
    expect(await companyNames('   ')).toHaveLength(all.length);
    expect(await companyNames(null)).toHaveLength(all.length);
    expect(await companyNames('acme', `c.name <> 'Acme Industrial'`)).not.toContain('Acme Industrial');
  });

  it('names the parameter as told, so one query can hold two searches', async () => {
    const query = db.dataSource.createQueryBuilder().select('c.name', 'name').from('companies', 'c');
    andWhereSearch(query, 'acme', ['c.name ILIKE :pattern']);
    andWhereSearch(query, 'globex', ['c.name ILIKE :other'], 'other');
    expect(await query.getRawMany()).toEqual([]);
    expect(query.getParameters()).toEqual({ pattern: '%acme%', other: '%globex%' });
  });

  it('treats % and _ as literal characters', async () => {
    expect(await companyNames('%')).toEqual([]);
    expect(await companyNames('_')).toEqual([]);
  });
});
