import {
  TestCategoriesDocument,
  TestProductDocument,
  TestProductsDocument,
  TestProductsQuery,
  TestProductsWithPricesDocument,
  TestQuickSearchDocument,
} from '@branchline/graphql-types';

import { errorCodes, startTestApp, TestApp } from './support/test-app';

// A contract-priced product: exactly one Acme contract, valid now, below list, and no Acme tier. Globex ($2) may
// see the product but has no conditions of its own on it.
const ACME_CONTRACT_SQL = `
  SELECT p.id, p.list_price::text AS list_price, cp.unit_price::text AS contract_price
  FROM products p
  JOIN contract_prices cp ON cp.product_id = p.id AND cp.company_id = $1
  WHERE p.active AND cp.valid_from <= now() AND (cp.valid_to IS NULL OR cp.valid_to > now()) AND cp.unit_price < p.list_price
    AND (SELECT count(*) FROM contract_prices other WHERE other.product_id = p.id AND other.company_id = $1) = 1
    AND NOT EXISTS (SELECT 1 FROM tier_prices t WHERE t.product_id = p.id AND t.company_id IN ($1, $2))
    AND NOT EXISTS (SELECT 1 FROM contract_prices g WHERE g.product_id = p.id AND g.company_id = $2)
    AND EXISTS (SELECT 1 FROM assortment_products a WHERE a.product_id = p.id AND a.company_id = $2)
  ORDER BY p.sku LIMIT 1`;

describe('catalog, customer prices and quick search', () => {
  let app: TestApp;
  let acmeId: string;
  let globexId: string;
  beforeAll(async () => {
    app = await startTestApp();
    acmeId = await app.companyId('Acme Industrial');
    globexId = await app.companyId('Globex Construction');
  });
  afterAll(() => app.close());

  // A product Globex may not see (outside its assortment), that Acme may.
  const outsideGlobex = () =>
    app
      .rows<{ id: string; sku: string; name: string }>(
        `SELECT p.id, p.sku, p.name FROM products p
       WHERE p.active AND NOT EXISTS (SELECT 1 FROM assortment_products a WHERE a.company_id = $1 AND a.product_id = p.id)
       ORDER BY p.sku LIMIT 1`,
        [globexId],
      )
      .then((found) => found[0]);

  describe('product list', () => {
    it('pages through every active product by name, in the order the database sorts them, without gaps', async () => {
      const buyer = await app.as('buyer@acme.test');
      const expected = await app.rows<{ id: string }>('SELECT id FROM products WHERE active ORDER BY lower(name), id');
      const seen: string[] = [];
      let after: string | null | undefined = null;
      do {
        const { products }: TestProductsQuery = await buyer.data(TestProductsDocument, { first: 100, after });
        expect(products.totalCount).toBe(expected.length);
        seen.push(...products.edges.map((edge) => edge.node.id));
        after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(expected.map((row) => row.id));
    });

    it('filters by a top category including its subcategories, by stock and by search text', async () => {
      const buyer = await app.as('buyer@acme.test');
      const fasteners = await app.idOf(`SELECT id FROM categories WHERE slug = 'fasteners'`);
      const [{ count }] = await app.rows<{ count: number }>(
        `SELECT count(*)::int AS count FROM products p JOIN categories c ON c.id = p.category_id
         WHERE p.active AND c.parent_id = $1`,
        [fasteners],
      );
      const inCategory = await buyer.data(TestProductsDocument, { first: 100, filter: { categoryId: fasteners } });
      expect(inCategory.products.totalCount).toBe(count);
      expect(inCategory.products.edges.every((edge) => edge.node.category.parentId === fasteners)).toBe(true);

      const available = await buyer.data(TestProductsDocument, { first: 100, filter: { onlyAvailable: true } });
      expect(
        available.products.edges.every((edge) => edge.node.stock > 0 && edge.node.availability !== 'OUT_OF_STOCK'),
      ).toBe(true);
      const all = await buyer.data(TestProductsDocument, { first: 1 });
      expect(available.products.totalCount).toBeLessThan(all.products.totalCount);

      const hammers = await buyer.data(TestProductsDocument, { first: 50, filter: { search: 'hammer' } });
      expect(hammers.products.totalCount).toBeGreaterThan(0);
      expect(hammers.products.edges.every((edge) => /hammer/i.test(edge.node.name))).toBe(true);
      // LIKE wildcards are literal characters: "%" finds only names that contain one.
      const percent = await buyer.data(TestProductsDocument, { first: 100, filter: { search: '%' } });
      expect(percent.products.edges.every((edge) => edge.node.name.includes('%'))).toBe(true);
      const none = await buyer.data(TestProductsDocument, { first: 5, filter: { search: 'm_x%' } });
      expect(none.products.totalCount).toBe(0);
    });

    it('sorts by list price descending across pages', async () => {
      const buyer = await app.as('buyer@acme.test');
      const orderBy = { field: 'LIST_PRICE', direction: 'DESC' } as const;
      const page1 = await buyer.data(TestProductsDocument, { first: 30, orderBy });
      const page2 = await buyer.data(TestProductsDocument, {
        first: 30,
        orderBy,
        after: page1.products.pageInfo.endCursor,
      });
      const expected = await app.rows<{ id: string }>(
        'SELECT id FROM products WHERE active ORDER BY list_price DESC, id DESC LIMIT 60',
      );
      expect([...page1.products.edges, ...page2.products.edges].map((edge) => edge.node.id)).toEqual(
        expected.map((row) => row.id),
      );
    });

    it('restricts Globex to its assortment in lists, categories, by id and in search', async () => {
      const hidden = await outsideGlobex();
      const globex = await app.as('buyer@globex.test');
      const acme = await app.as('buyer@acme.test');

      const globexAll = await globex.data(TestProductsDocument, { first: 1 });
      const acmeAll = await acme.data(TestProductsDocument, { first: 1 });
      expect(globexAll.products.totalCount).toBeLessThan(acmeAll.products.totalCount);

      const byId = await globex.request(TestProductDocument, { id: hidden.id });
      expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
      expect(byId.errors?.[0].message).toBe('Product not found.');
      expect((await acme.data(TestProductDocument, { id: hidden.id })).product.sku).toBe(hidden.sku);

      const listed = await globex.data(TestProductsDocument, { first: 10, filter: { search: hidden.sku } });
      expect(listed.products.totalCount).toBe(0);
      const searched = await globex.data(TestQuickSearchDocument, { query: hidden.sku, first: 20 });
      expect(searched.quickSearch.map((hit) => hit.product.id)).not.toContain(hidden.id);
      const acmeSearched = await acme.data(TestQuickSearchDocument, { query: hidden.sku, first: 5 });
      expect(acmeSearched.quickSearch[0].product.id).toBe(hidden.id);

      const globexTop = (await globex.data(TestCategoriesDocument, {})).categories;
      const acmeTop = (await acme.data(TestCategoriesDocument, {})).categories;
      expect(globexTop.length).toBeLessThan(acmeTop.length);
      expect(globexTop.reduce((sum, category) => sum + category.productCount, 0)).toBe(globexAll.products.totalCount);
    });

    it('lists subcategories with counts that match the product filter', async () => {
      const buyer = await app.as('buyer@acme.test');
      const [tools] = (await buyer.data(TestCategoriesDocument, {})).categories.filter((c) => c.slug === 'tools');
      const children = (await buyer.data(TestCategoriesDocument, { parentId: tools.id })).categories;
      expect(children.length).toBeGreaterThan(1);
      expect(children.every((child) => child.parentId === tools.id)).toBe(true);
      expect(children.reduce((sum, child) => sum + child.productCount, 0)).toBe(tools.productCount);
      const products = await buyer.data(TestProductsDocument, { first: 1, filter: { categoryId: children[0].id } });
      expect(products.products.totalCount).toBe(children[0].productCount);
      expect(errorCodes(await buyer.request(TestCategoriesDocument, { parentId: 'nope' }))).toEqual(['NOT_FOUND']);
    });

    it('answers NOT_FOUND for a malformed or unknown product id', async () => {
      const buyer = await app.as('buyer@acme.test');
      for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
        expect(errorCodes(await buyer.request(TestProductDocument, { id }))).toEqual(['NOT_FOUND']);
      }
    });
  });

  describe('prices', () => {
    it("shows Acme's contract price to a buyer and the list price to a viewer without special conditions", async () => {
      const [fixture] = await app.rows<{ id: string; list_price: string; contract_price: string }>(ACME_CONTRACT_SQL, [
        acmeId,
        globexId,
      ]);
      const buyer = await app.as('buyer@acme.test');
      const viewer = await app.as('viewer@acme.test');
      const asBuyer = (await buyer.data(TestProductDocument, { id: fixture.id })).product.price;
      expect(asBuyer.source).toBe('CONTRACT');
      expect(asBuyer.unitPrice.amount).toBe(fixture.contract_price);
      expect(asBuyer.listPrice.amount).toBe(fixture.list_price);
      expect(Number(asBuyer.unitPrice.amount)).toBeLessThan(Number(fixture.list_price));

      const asViewer = (await viewer.data(TestProductDocument, { id: fixture.id })).product.price;
      expect(asViewer.source).toBe('LIST');
      expect(asViewer.unitPrice.amount).toBe(fixture.list_price);
      expect(asViewer.contractValidTo).toBeNull();

      // Acme's agreement is Acme's: Globex, with special conditions of its own, pays list price here.
      const globex = await app.as('buyer@globex.test');
      const asGlobex = (await globex.data(TestProductDocument, { id: fixture.id })).product.price;
      expect(asGlobex).toMatchObject({ source: 'LIST', unitPrice: { amount: fixture.list_price } });
    });

    it('applies a public tier price from its quantity on, and lists the tiers', async () => {
      const [tier] = await app.rows<{ id: string; min_quantity: number; unit_price: string; list_price: string }>(
        `SELECT p.id, t.min_quantity, t.unit_price::text AS unit_price, p.list_price::text AS list_price
         FROM tier_prices t JOIN products p ON p.id = t.product_id
         WHERE t.company_id IS NULL AND p.active
           AND t.min_quantity = (SELECT min(min_quantity) FROM tier_prices f WHERE f.product_id = p.id AND f.company_id IS NULL)
         ORDER BY p.sku LIMIT 1`,
      );
      const viewer = await app.as('viewer@acme.test');
      const below = (await viewer.data(TestProductDocument, { id: tier.id, quantity: tier.min_quantity - 1 })).product
        .price;
      expect(below).toMatchObject({ source: 'LIST', unitPrice: { amount: tier.list_price } });
      const at = (await viewer.data(TestProductDocument, { id: tier.id, quantity: tier.min_quantity })).product.price;
      expect(at).toMatchObject({ source: 'TIER', quantity: tier.min_quantity, unitPrice: { amount: tier.unit_price } });
      expect(at.tiers[0]).toMatchObject({ minQuantity: tier.min_quantity, unitPrice: { amount: tier.unit_price } });
      expect(at.tiers.map((row) => row.minQuantity)).toEqual(
        [...at.tiers.map((row) => row.minQuantity)].sort((a, b) => a - b),
      );

      const bad = await viewer.request(TestProductDocument, { id: tier.id, quantity: 0 });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    });

    it('ignores an expired contract price', async () => {
      const [expired] = await app.rows<{ id: string; list_price: string; expired_price: string }>(
        `SELECT p.id, p.list_price::text AS list_price, cp.unit_price::text AS expired_price
         FROM contract_prices cp JOIN products p ON p.id = cp.product_id
         WHERE cp.company_id = $1 AND cp.valid_to < now() AND p.active
           AND NOT EXISTS (SELECT 1 FROM contract_prices c2 WHERE c2.company_id = $1 AND c2.product_id = p.id
                           AND (c2.valid_to IS NULL OR c2.valid_to > now()))
           AND NOT EXISTS (SELECT 1 FROM tier_prices t WHERE t.product_id = p.id AND t.company_id = $1)
         ORDER BY p.sku LIMIT 1`,
        [acmeId],
      );
      expect(Number(expired.expired_price)).toBeLessThan(Number(expired.list_price));
      const buyer = await app.as('buyer@acme.test');
      const price = (await buyer.data(TestProductDocument, { id: expired.id })).product.price;
      expect(price).toMatchObject({ source: 'LIST', unitPrice: { amount: expired.list_price } });
    });

    it('prices a page of 5 or 50 products with numbers and tiers in the same number of statements', async () => {
      const buyer = await app.as('buyer@acme.test');
      const small = await app.sql.measure(() =>
        buyer.data(TestProductsWithPricesDocument, { first: 5, quantity: 100 }),
      );
      const large = await app.sql.measure(() =>
        buyer.data(TestProductsWithPricesDocument, { first: 50, quantity: 100 }),
      );
      const nodes = large.result.products.edges.map((edge) => edge.node);
      expect(nodes).toHaveLength(50);
      expect(nodes.some((node) => node.price.source === 'CONTRACT')).toBe(true);
      expect(nodes.some((node) => node.customerProductNumber?.startsWith('ACME-4711-'))).toBe(true);
      expect(nodes.some((node) => node.price.tiers.length > 0)).toBe(true);
      // session + page + categories + price conditions + own numbers (no totalCount selected: no count)
      expect(small.statements).toBe(5);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('quick search', () => {
    it('finds a product by a typo in its name', async () => {
      const buyer = await app.as('buyer@acme.test');
      const { quickSearch } = await buyer.data(TestQuickSearchDocument, { query: 'claw hamer', first: 10 });
      expect(quickSearch.length).toBeGreaterThan(0);
      expect(quickSearch[0].product.name).toMatch(/claw hammer/i);
      expect(quickSearch[0].matchedOn).toBe('NAME');
    });

    it("finds Acme's own number first for Acme, and never for Globex", async () => {
      const [own] = await app.rows<{ number: string; product_id: string; sku: string }>(
        `SELECT n.number, n.product_id, p.sku FROM customer_product_numbers n JOIN products p ON p.id = n.product_id
         WHERE n.company_id = $1 AND p.active ORDER BY n.number LIMIT 1`,
        [acmeId],
      );
      const acme = await app.as('buyer@acme.test');
      const exact = await acme.data(TestQuickSearchDocument, { query: own.number.toLowerCase(), first: 5 });
      expect(exact.quickSearch[0]).toMatchObject({
        matchedOn: 'CUSTOMER_NUMBER',
        customerProductNumber: own.number,
        product: { id: own.product_id },
      });
      // A typed-in prefix of the number finds it too.
      const partial = await acme.data(TestQuickSearchDocument, { query: own.number.slice(0, -1), first: 20 });
      expect(partial.quickSearch.map((hit) => hit.product.id)).toContain(own.product_id);

      const globex = await app.as('buyer@globex.test');
      const foreign = await globex.data(TestQuickSearchDocument, { query: own.number, first: 20 });
      expect(
        foreign.quickSearch.every((hit) => hit.matchedOn !== 'CUSTOMER_NUMBER' && hit.customerProductNumber === null),
      ).toBe(true);
      expect(foreign.quickSearch.map((hit) => hit.product.id)).not.toContain(own.product_id);
    });

    it('ranks an exact SKU first and bounds the result size', async () => {
      const buyer = await app.as('buyer@acme.test');
      const sku = await app.rows<{ sku: string }>(
        `SELECT sku FROM products WHERE active ORDER BY sku LIMIT 1 OFFSET 40`,
      );
      const { quickSearch } = await buyer.data(TestQuickSearchDocument, { query: sku[0].sku, first: 20 });
      expect(quickSearch[0]).toMatchObject({ matchedOn: 'SKU', product: { sku: sku[0].sku } });
      expect(quickSearch.length).toBeLessThanOrEqual(20);
      expect((await buyer.data(TestQuickSearchDocument, { query: 'x' })).quickSearch).toEqual([]);
      expect(errorCodes(await buyer.request(TestQuickSearchDocument, { query: 'bolt', first: 21 }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });
  });
});
