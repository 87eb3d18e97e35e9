import {
  TestCatalogSettingsDocument,
  TestCreateCustomerProductNumberDocument,
  TestCustomerProductNumbersDocument,
  TestDeleteCustomerProductNumberDocument,
  TestImportCustomerProductNumbersDocument,
  TestProductDocument,
  TestSetProductNumberDisplayDocument,
  TestUpdateCustomerProductNumberDocument,
} from '@branchline/graphql-types';

import { errorCodes, startTestApp, TestApp } from './support/test-app';

describe('my product numbers', () => {
  let app: TestApp;
  let acmeId: string;
  let globexId: string;
  beforeAll(async () => {
    app = await startTestApp();
    acmeId = (await rows<{ id: string }>(`SELECT id FROM companies WHERE name = 'Acme Industrial'`))[0].id;
    globexId = (await rows<{ id: string }>(`SELECT id FROM companies WHERE name = 'Globex Construction'`))[0].id;
  });
  afterAll(() => app.close());

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.dataSource.query(sql, parameters);
  // Active products Acme has not numbered yet (visible to Globex too, so tests can compare).
  const unnumbered = (count: number) =>
    rows<{ id: string; sku: string }>(
      `SELECT p.id, p.sku FROM products p
       WHERE p.active AND NOT EXISTS (SELECT 1 FROM customer_product_numbers n WHERE n.company_id = $1 AND n.product_id = p.id)
         AND EXISTS (SELECT 1 FROM assortment_products a WHERE a.company_id = $2 AND a.product_id = p.id)
       ORDER BY p.sku DESC LIMIT $3`,
      [acmeId, globexId, count],
    );
  const acmeNumbers = () =>
    rows<{ id: string; number: string; product_id: string; sku: string }>(
      `SELECT n.id, n.number, n.product_id, p.sku FROM customer_product_numbers n JOIN products p ON p.id = n.product_id
       WHERE n.company_id = $1 ORDER BY lower(n.number)`,
      [acmeId],
    );

  it("lists the company's own numbers sorted and searchable, and nobody else's", async () => {
    const admin = await app.as('admin@acme.test');
    const expected = await acmeNumbers();
    expect(expected.length).toBeGreaterThanOrEqual(50);
    const page1 = await admin.data(TestCustomerProductNumbersDocument, { first: 50 });
    const page2 = await admin.data(TestCustomerProductNumbersDocument, {
      first: 50,
      after: page1.customerProductNumbers.pageInfo.endCursor,
    });
    expect(page1.customerProductNumbers.totalCount).toBe(expected.length);
    expect(
      [...page1.customerProductNumbers.edges, ...page2.customerProductNumbers.edges].map((edge) => edge.node.number),
    ).toEqual(expected.slice(0, 100).map((row) => row.number));
    expect(page1.customerProductNumbers.edges[0].node.product.sku).toBe(expected[0].sku);

    const bySku = await admin.data(TestCustomerProductNumbersDocument, {
      first: 5,
      filter: { search: expected[3].sku },
    });
    expect(bySku.customerProductNumbers.edges.map((edge) => edge.node.number)).toContain(expected[3].number);

    const globex = await app.as('admin@globex.test');
    const foreign = await globex.data(TestCustomerProductNumbersDocument, { first: 100 });
    expect(foreign.customerProductNumbers.totalCount).toBe(0);
  });

  it('creates, updates and deletes a number, with user errors for what the user can fix', async () => {
    const admin = await app.as('admin@acme.test');
    const [product] = await unnumbered(1);
    const [taken] = await acmeNumbers();

    const blank = await admin.data(TestCreateCustomerProductNumberDocument, {
      input: { productId: product.id, number: '  ' },
    });
    expect(blank.createCustomerProductNumber.userErrors).toMatchObject([
      { code: 'REQUIRED', field: ['input', 'number'] },
    ]);
    const duplicate = await admin.data(TestCreateCustomerProductNumberDocument, {
      input: { productId: product.id, number: taken.number.toLowerCase() },
    });
    expect(duplicate.createCustomerProductNumber.userErrors.map((error) => error.code)).toEqual(['TAKEN']);

    const created = await admin.data(TestCreateCustomerProductNumberDocument, {
      input: { productId: product.id, number: ' ACME-NEW-1 ' },
    });
    expect(created.createCustomerProductNumber.userErrors).toEqual([]);
    const number = created.createCustomerProductNumber.customerProductNumber!;
    expect(number).toMatchObject({ number: 'ACME-NEW-1', product: { id: product.id, sku: product.sku } });
    const again = await admin.data(TestCreateCustomerProductNumberDocument, {
      input: { productId: product.id, number: 'ACME-NEW-2' },
    });
    expect(again.createCustomerProductNumber.userErrors.map((error) => error.code)).toEqual(['PRODUCT_ALREADY_MAPPED']);
    expect((await admin.data(TestProductDocument, { id: product.id })).product.customerProductNumber).toBe(
      'ACME-NEW-1',
    );

    const clash = await admin.data(TestUpdateCustomerProductNumberDocument, {
      input: { id: number.id, number: taken.number },
    });
    expect(clash.updateCustomerProductNumber.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
    const updated = await admin.data(TestUpdateCustomerProductNumberDocument, {
      input: { id: number.id, number: 'ACME-NEW-9' },
    });
    expect(updated.updateCustomerProductNumber).toMatchObject({
      userErrors: [],
      customerProductNumber: { number: 'ACME-NEW-9' },
    });

    const deleted = await admin.data(TestDeleteCustomerProductNumberDocument, { input: { id: number.id } });
    expect(deleted.deleteCustomerProductNumber).toEqual({ deletedId: number.id, userErrors: [] });
    expect(
      errorCodes(await admin.request(TestDeleteCustomerProductNumberDocument, { input: { id: number.id } })),
    ).toEqual(['NOT_FOUND']);
    expect((await admin.data(TestProductDocument, { id: product.id })).product.customerProductNumber).toBeNull();
  });

  it("answers NOT_FOUND for another company's numbers and for products outside the assortment", async () => {
    const [acmeNumber] = await acmeNumbers();
    const globex = await app.as('admin@globex.test');
    const update = await globex.request(TestUpdateCustomerProductNumberDocument, {
      input: { id: acmeNumber.id, number: 'X-1' },
    });
    expect(errorCodes(update)).toEqual(['NOT_FOUND']);
    const remove = await globex.request(TestDeleteCustomerProductNumberDocument, { input: { id: acmeNumber.id } });
    expect(errorCodes(remove)).toEqual(['NOT_FOUND']);
    const [outside] = await rows<{ id: string }>(
      `SELECT p.id FROM products p
       WHERE NOT EXISTS (SELECT 1 FROM assortment_products a WHERE a.company_id = $1 AND a.product_id = p.id) LIMIT 1`,
      [globexId],
    );
    const create = await globex.request(TestCreateCustomerProductNumberDocument, {
      input: { productId: outside.id, number: 'G-1' },
    });
    expect(errorCodes(create)).toEqual(['NOT_FOUND']);
    const [still] = await rows<{ number: string }>('SELECT number FROM customer_product_numbers WHERE id = $1', [
      acmeNumber.id,
    ]);
    expect(still.number).toBe(acmeNumber.number);
  });

  it('imports a CSV and reports every row, applying only the good ones', async () => {
    const admin = await app.as('admin@acme.test');
    const [fresh1, fresh2] = await unnumbered(2);
    const [first, second, third] = await acmeNumbers();
    const csv = [
      'Own number;SKU',
      `IMP-1;${fresh1.sku}`,
      `IMP-2;${first.sku}`,
      `${second.number};${second.sku}`,
      'IMP-3;BL-00000',
      `;${fresh2.sku}`,
      `${third.number};${fresh2.sku}`,
      `imp-1;${fresh2.sku}`,
      '',
      'only-one-cell',
    ].join('\n');
    const { importCustomerProductNumbers: report } = await admin.data(TestImportCustomerProductNumbersDocument, {
      input: { csv },
    });
    expect(report.userErrors).toEqual([]);
    expect(report.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'CREATED'],
      [3, 'UPDATED'],
      [4, 'UNCHANGED'],
      [5, 'REJECTED'],
      [6, 'REJECTED'],
      [7, 'REJECTED'],
      [8, 'REJECTED'],
      [10, 'REJECTED'],
    ]);
    expect(report.rows[1].message).toBe(`Replaced ${first.number}.`);
    expect(report.rows[3].message).toBe('Unknown SKU BL-00000.');
    expect(report.rows[5].message).toBe(`The number ${third.number} already belongs to ${third.sku}.`);
    expect(report.rows[6].message).toBe('The number imp-1 is already used in row 2.');
    expect(report).toMatchObject({ createdCount: 1, updatedCount: 1, unchangedCount: 1, rejectedCount: 5 });

    const stored = await rows<{ product_id: string; number: string }>(
      'SELECT product_id, number FROM customer_product_numbers WHERE company_id = $1 AND product_id = ANY($2::uuid[])',
      [acmeId, [fresh1.id, fresh2.id, first.product_id]],
    );
    expect(new Map(stored.map((row) => [row.product_id, row.number]))).toEqual(
      new Map([
        [fresh1.id, 'IMP-1'],
        [first.product_id, 'IMP-2'],
      ]),
    );

    const empty = await admin.data(TestImportCustomerProductNumbersDocument, { input: { csv: '\n\n' } });
    expect(empty.importCustomerProductNumbers.userErrors.map((error) => error.code)).toEqual(['EMPTY']);
  });

  it('shows numbers per display mode: next to the SKU, instead of it, or not at all', async () => {
    const admin = await app.as('admin@acme.test');
    const [own] = await acmeNumbers();
    const show = async () => (await admin.data(TestProductDocument, { id: own.product_id })).product;
    expect((await admin.data(TestCatalogSettingsDocument)).catalogSettings).toEqual({
      productNumberDisplay: 'ADDITIONAL',
      restrictedAssortment: false,
    });
    expect(await show()).toMatchObject({ sku: own.sku, customerProductNumber: own.number, displayNumber: own.sku });

    const replacing = await admin.data(TestSetProductNumberDisplayDocument, {
      input: { productNumberDisplay: 'REPLACING' },
    });
    expect(replacing.setProductNumberDisplay.catalogSettings?.productNumberDisplay).toBe('REPLACING');
    expect(await show()).toMatchObject({ customerProductNumber: own.number, displayNumber: own.number });

    await admin.data(TestSetProductNumberDisplayDocument, { input: { productNumberDisplay: 'HIDDEN' } });
    expect(await show()).toMatchObject({ customerProductNumber: null, displayNumber: own.sku });

    await admin.data(TestSetProductNumberDisplayDocument, { input: { productNumberDisplay: 'ADDITIONAL' } });
    const globex = await app.as('admin@globex.test');
    expect((await globex.data(TestCatalogSettingsDocument)).catalogSettings.restrictedAssortment).toBe(true);
  });
});
