import { companyIdByName, employeeContext, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { DataAccess } from '../../common/database/data-access';
import { CatalogLoaders } from './catalog.loaders';
import { ProductNumberDisplay } from './catalog-settings.entity';

describe('CatalogLoaders', () => {
  let db: SpecDatabase;
  let loaders: CatalogLoaders;
  let acmeId: string;
  let globexId: string;

  beforeAll(async () => {
    db = await openSpecDatabase();
    loaders = new CatalogLoaders(new DataAccess(db.dataSource));
    acmeId = await companyIdByName(db, 'Acme Industrial');
    globexId = await companyIdByName(db, 'Globex Construction');
  });

  afterAll(() => db.close());

  it('visibleProductById: one statement for many ids, answers in key order, null outside the assortment', async () => {
    const [inside] = await db.rows<{ id: string }>(
      'SELECT product_id AS id FROM assortment_products WHERE company_id = $1 ORDER BY product_id LIMIT 1',
      [globexId],
    );
    const [outside] = await db.rows<{ id: string }>(
      `SELECT p.id FROM products p
       WHERE NOT EXISTS (SELECT 1 FROM assortment_products a WHERE a.company_id = $1 AND a.product_id = p.id) LIMIT 1`,
      [globexId],
    );
    const context = employeeContext({ companyId: globexId });
    const ids = [outside.id, inside.id, '00000000-0000-0000-0000-000000000000'];
    const { result, statements } = await db.sql.measure(() =>
      Promise.all(ids.map((id) => loaders.visibleProductById(context).load(id))),
    );
    expect(statements).toBe(1);
    expect(result.map((product) => product?.id ?? null)).toEqual([null, inside.id, null]);
    // Acme has no restricted assortment: the same product is visible there.
    expect((await loaders.visibleProductById(employeeContext({ companyId: acmeId })).load(outside.id))?.id).toBe(
      outside.id,
    );
  });

  it('categoryById and visibleProductCountByCategoryId batch per request and answer in key order', async () => {
    const categories = await db.rows<{ id: string; name: string }>(
      'SELECT id, name FROM categories ORDER BY name LIMIT 3',
    );
    const reversed = [...categories].reverse();
    const context = employeeContext({ companyId: acmeId });
    const { result, statements } = await db.sql.measure(() =>
      Promise.all(reversed.map((category) => loaders.categoryById(context).load(category.id))),
    );
    expect(statements).toBe(1);
    expect(result.map((category) => category?.name)).toEqual(reversed.map((category) => category.name));

    const counted = await db.sql.measure(() =>
      Promise.all(reversed.map((category) => loaders.visibleProductCountByCategoryId(context).load(category.id))),
    );
    expect(counted.statements).toBe(1);
    for (const [index, category] of reversed.entries()) {
      const [{ count }] = await db.rows<{ count: number }>(
        `WITH RECURSIVE tree AS (SELECT id FROM categories WHERE id = $1
           UNION ALL SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id)
         SELECT count(*)::int AS count FROM products p JOIN tree ON p.category_id = tree.id WHERE p.active`,
        [category.id],
      );
      expect(counted.result[index]).toBe(count);
    }
  });

  it("productNumberByProductId answers the active company's own number only", async () => {
    const [own] = await db.rows<{ product_id: string; number: string }>(
      'SELECT product_id, number FROM customer_product_numbers WHERE company_id = $1 ORDER BY number LIMIT 1',
      [acmeId],
    );
    const acme = await loaders.productNumberByProductId(employeeContext({ companyId: acmeId })).load(own.product_id);
    expect(acme.number).toBe(own.number);
    const globex = await loaders
      .productNumberByProductId(employeeContext({ companyId: globexId }))
      .load(own.product_id);
    expect(globex.number).toBeNull();
    expect(Object.values(ProductNumberDisplay)).toContain(globex.display);
  });
});
