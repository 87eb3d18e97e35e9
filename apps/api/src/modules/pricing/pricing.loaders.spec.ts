import { companyIdByName, employeeContext, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { Permission } from '../../common/auth/permission';
import { DataAccess } from '../../common/database/data-access';
import { PricingLoaders } from './pricing.loaders';

describe('PricingLoaders', () => {
  let db: SpecDatabase;
  let loaders: PricingLoaders;
  let acmeId: string;
  let contracted: string[];

  beforeAll(async () => {
    db = await openSpecDatabase();
    loaders = new PricingLoaders(new DataAccess(db.dataSource));
    acmeId = await companyIdByName(db, 'Acme Industrial');
    const rows = await db.rows<{ product_id: string }>(
      `SELECT DISTINCT product_id FROM contract_prices
       WHERE company_id = $1 AND (valid_to IS NULL OR valid_to > now()) ORDER BY product_id LIMIT 2`,
      [acmeId],
    );
    contracted = rows.map((row) => row.product_id);
  });

  afterAll(() => db.close());

  it("answers the company's contracts in one statement, in key order, with 'see special conditions'", async () => {
    const context = employeeContext({ companyId: acmeId }, [Permission.SEE_SPECIAL_CONDITIONS]);
    const ids = [contracted[1], '00000000-0000-0000-0000-000000000000', contracted[0]];
    const { result, statements } = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.priceConditionsByProductId(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result[0].contracts.length).toBeGreaterThan(0);
    expect(result[1]).toEqual({ contracts: [], tiers: [] });
    expect(result[2].contracts.length).toBeGreaterThan(0);
  });

  it("leaves out the company's own conditions without 'see special conditions'", async () => {
    const context = employeeContext({ companyId: acmeId });
    const conditions = await Promise.all(contracted.map((id) => loaders.priceConditionsByProductId(context).load(id)));
    for (const condition of conditions) {
      expect(condition.contracts).toEqual([]);
      expect(condition.tiers.every((tier) => !tier.customerSpecific)).toBe(true);
    }
  });
});
