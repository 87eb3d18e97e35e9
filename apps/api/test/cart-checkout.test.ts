import { randomUUID } from 'node:crypto';

import {
  TestAddFastOrderToCartDocument,
  TestAddressesDocument,
  TestAddToCartDocument,
  TestCartDocument,
  TestCartQuery,
  TestCartWithProductsDocument,
  TestCheckoutDefaultsDocument,
  TestClearCartDocument,
  TestCockpitDocument,
  TestCostCentersDocument,
  TestExpressCheckoutDocument,
  TestOrdersDocument,
  TestPlacedOrderDocument,
  TestRemoveCartLineDocument,
  TestReorderDocument,
  TestSubmitOrderDocument,
  TestUpdateCartLineDocument,
  TestValidateFastOrderDocument,
} from '@branchline/graphql-types';
import Decimal from 'decimal.js';

import { errorCodes, startTestApp, TestApp, TestClient } from './support/test-app';

type ProductRow = { id: string; sku: string; name: string; pack_size: number; min_quantity: number };

describe('cart, checkout, reorder and fast order', () => {
  let app: TestApp;
  let acmeId: string;
  let globexId: string;
  beforeAll(async () => {
    app = await startTestApp();
    acmeId = await app.companyId('Acme Industrial');
    globexId = await app.companyId('Globex Construction');
  });
  afterAll(() => app.close());

  const smallest = (product: ProductRow) => Math.ceil(product.min_quantity / product.pack_size) * product.pack_size;
  // Active products both Acme and Globex may see, from a given offset so tests do not share products.
  const products = (count: number, offset: number, where = 'true') =>
    app.rows<ProductRow>(
      `SELECT p.id, p.sku, p.name, p.pack_size, p.min_quantity FROM products p
       WHERE p.active AND EXISTS (SELECT 1 FROM assortment_products a WHERE a.company_id = $1 AND a.product_id = p.id)
         AND ${where}
       ORDER BY p.sku OFFSET $2 LIMIT $3`,
      [globexId, offset, count],
    );
  const orderCount = async () =>
    (await app.rows<{ count: number }>('SELECT count(*)::int AS count FROM orders'))[0].count;
  const costCenter = (code: string, companyId = acmeId) =>
    app.idOf('SELECT id FROM cost_centers WHERE company_id = $1 AND code = $2', [companyId, code]);
  const method = (table: 'shipping_methods' | 'payment_methods', code: string) =>
    app.idOf(`SELECT id FROM ${table} WHERE code = $1`, [code]);

  async function fill(client: TestClient, items: ProductRow[]): Promise<TestCartQuery['cart']> {
    await client.data(TestClearCartDocument);
    for (const product of items) {
      const { addToCart } = await client.data(TestAddToCartDocument, {
        input: { productId: product.id, quantity: smallest(product) },
      });
      expect(addToCart.userErrors).toEqual([]);
    }
    return (await client.data(TestCartDocument)).cart;
  }

  describe('cart', () => {
    it('keeps quantities to minimum and whole packs, naming the product and the allowed values, and sums re-adds', async () => {
      const buyer = await app.as('buyer@acme.test');
      await buyer.data(TestClearCartDocument);
      const [product] = await products(1, 0, 'p.pack_size > 1 AND p.min_quantity >= p.pack_size');
      const min = smallest(product);

      const below = await buyer.data(TestAddToCartDocument, {
        input: { productId: product.id, quantity: min - product.pack_size || 1 },
      });
      expect(below.addToCart.userErrors[0]).toMatchObject({
        code: expect.stringMatching(/BELOW_MINIMUM|NOT_PACK_MULTIPLE/),
        field: ['input', 'quantity'],
      });
      expect(below.addToCart.userErrors[0].message).toContain(product.sku);
      expect(below.addToCart.cart.lineCount).toBe(0);

      const broken = await buyer.data(TestAddToCartDocument, { input: { productId: product.id, quantity: min + 1 } });
      expect(broken.addToCart.userErrors[0].code).toBe('NOT_PACK_MULTIPLE');
      expect(broken.addToCart.userErrors[0].message).toContain(`packs of ${product.pack_size}`);
      expect(broken.addToCart.userErrors[0].message).toContain(String(min));

      const zero = await buyer.data(TestAddToCartDocument, { input: { productId: product.id, quantity: 0 } });
      expect(zero.addToCart.userErrors[0].code).toBe('INVALID_QUANTITY');

      const added = await buyer.data(TestAddToCartDocument, {
        input: { productId: product.id, quantity: min, comment: 'Hall 3' },
      });
      expect(added.addToCart.userErrors).toEqual([]);
      const again = await buyer.data(TestAddToCartDocument, {
        input: { productId: product.id, quantity: product.pack_size },
      });
      expect(again.addToCart.userErrors).toEqual([]);
      expect(again.addToCart.cart.lines).toHaveLength(1);
      expect(again.addToCart.cart.lines[0]).toMatchObject({
        quantity: min + product.pack_size,
        comment: 'Hall 3',
        problem: null,
      });
    });

    it('prices every line at its quantity and adds up exact totals with tax rounded per line', async () => {
      const buyer = await app.as('buyer@acme.test');
      const cart = await fill(buyer, await products(6, 10));
      expect(cart.lineCount).toBe(6);
      expect(cart.checkoutReady).toBe(true);
      let net = new Decimal(0);
      let tax = new Decimal(0);
      for (const line of cart.lines) {
        const lineNet = new Decimal(line.unitPrice!.amount)
          .times(line.quantity)
          .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(line.netAmount!.amount).toBe(lineNet.toFixed(2));
        net = net.plus(lineNet);
        tax = tax.plus(lineNet.times(line.taxRate).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
      }
      expect(cart.netTotal).toEqual({ amount: net.toFixed(2), currency: 'EUR' });
      expect(cart.taxTotal.amount).toBe(tax.toFixed(2));
      expect(cart.grossTotal.amount).toBe(net.plus(tax).toFixed(2));
    });

    it("updates, removes and clears lines; another user's line is NOT_FOUND", async () => {
      const buyer = await app.as('buyer@acme.test');
      const [first, second] = await products(2, 20);
      const cart = await fill(buyer, [first, second]);
      const line = cart.lines[0];
      const updated = await buyer.data(TestUpdateCartLineDocument, {
        input: { lineId: line.id, quantity: line.quantity + first.pack_size, comment: 'urgent' },
      });
      expect(updated.updateCartLine.cart.lines[0]).toMatchObject({
        quantity: line.quantity + first.pack_size,
        comment: 'urgent',
      });
      const bad = await buyer.data(TestUpdateCartLineDocument, { input: { lineId: line.id, quantity: -1 } });
      expect(bad.updateCartLine.userErrors[0].code).toBe('INVALID_QUANTITY');

      const admin = await app.as('admin@acme.test');
      for (const lineId of [line.id, 'not-a-uuid']) {
        expect(
          errorCodes(await admin.request(TestUpdateCartLineDocument, { input: { lineId, quantity: 100 } })),
        ).toEqual(['NOT_FOUND']);
        expect(errorCodes(await admin.request(TestRemoveCartLineDocument, { input: { lineId } }))).toEqual([
          'NOT_FOUND',
        ]);
      }
      const globex = await app.as('buyer@globex.test');
      expect(errorCodes(await globex.request(TestRemoveCartLineDocument, { input: { lineId: line.id } }))).toEqual([
        'NOT_FOUND',
      ]);

      const removed = await buyer.data(TestRemoveCartLineDocument, { input: { lineId: line.id } });
      expect(removed.removeCartLine.cart.lines.map((l) => l.productId)).toEqual([second.id]);
      const cleared = await buyer.data(TestClearCartDocument);
      expect(cleared.clearCart.cart.lineCount).toBe(0);
    });

    it('answers NOT_FOUND for a product outside the assortment and refuses discontinued products', async () => {
      const globex = await app.as('buyer@globex.test');
      const outside = await app.idOf(
        `SELECT p.id FROM products p WHERE p.active AND NOT EXISTS (
           SELECT 1 FROM assortment_products a WHERE a.company_id = $1 AND a.product_id = p.id) ORDER BY p.sku LIMIT 1`,
        [globexId],
      );
      expect(
        errorCodes(await globex.request(TestAddToCartDocument, { input: { productId: outside, quantity: 100 } })),
      ).toEqual(['NOT_FOUND']);
      const discontinued = await app.idOf('SELECT id FROM products WHERE NOT active ORDER BY sku LIMIT 1');
      const buyer = await app.as('buyer@acme.test');
      const refused = await buyer.data(TestAddToCartDocument, { input: { productId: discontinued, quantity: 100 } });
      expect(refused.addToCart.userErrors[0].code).toBe('PRODUCT_NOT_AVAILABLE');
    });

    it('keeps one cart per employee and company, and refuses viewers', async () => {
      const [product] = await products(1, 30);
      const buyer = await app.as('buyer@acme.test');
      await fill(buyer, [product]);
      const admin = await app.as('admin@acme.test');
      await admin.data(TestClearCartDocument);
      expect((await admin.data(TestCartDocument)).cart.lineCount).toBe(0);
      expect((await buyer.data(TestCartDocument)).cart.lineCount).toBe(1);

      const viewer = await app.as('viewer@acme.test');
      expect(errorCodes(await viewer.request(TestCartDocument))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await viewer.request(TestAddToCartDocument, { input: { productId: product.id, quantity: 1 } })),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await viewer.request(TestClearCartDocument))).toEqual(['FORBIDDEN']);
    });

    it('reads a cart of 2 or 20 lines, with products and prices, in the same number of statements', async () => {
      const admin = await app.as('admin@acme.test');
      await fill(admin, await products(2, 40));
      const small = await app.sql.measure(() => admin.data(TestCartWithProductsDocument));
      await fill(admin, await products(20, 40));
      const large = await app.sql.measure(() => admin.data(TestCartWithProductsDocument));
      expect(small.result.cart.lines).toHaveLength(2);
      expect(large.result.cart.lines).toHaveLength(20);
      expect(large.result.cart.lines.every((line) => line.product?.category.id && line.unitPrice)).toBe(true);
      // session + lines + visibility + price conditions + product numbers + categories
      expect(small.statements).toBe(6);
      expect(large.statements).toBe(small.statements);
      await admin.data(TestClearCartDocument);
    });
    it("prices a line with the company's contract price", async () => {
      const [contract] = await app.rows<ProductRow & { contract_price: string }>(
        `SELECT p.id, p.sku, p.name, p.pack_size, p.min_quantity, cp.unit_price::text AS contract_price
         FROM products p JOIN contract_prices cp ON cp.product_id = p.id AND cp.company_id = $1
         WHERE p.active AND cp.valid_from <= now() AND (cp.valid_to IS NULL OR cp.valid_to > now()) AND cp.unit_price < p.list_price
           AND (SELECT count(*) FROM contract_prices other WHERE other.product_id = p.id AND other.company_id = $1) = 1
           AND NOT EXISTS (SELECT 1 FROM tier_prices t WHERE t.product_id = p.id)
         ORDER BY p.sku LIMIT 1`,
        [acmeId],
      );
      const buyer = await app.as('buyer@acme.test');
      const cart = await fill(buyer, [contract]);
      expect(cart.lines[0].unitPrice?.amount).toBe(contract.contract_price);
      await buyer.data(TestClearCartDocument);
    });
  });

  describe('checkout', () => {
    it('lists the address book, cost centers and defaults of the active company only', async () => {
      const buyer = await app.as('buyer@acme.test');
      const addresses = await buyer.data(TestAddressesDocument, { first: 10 });
      expect(addresses.addresses.totalCount).toBeGreaterThanOrEqual(2);
      expect(addresses.addresses.edges.filter((edge) => edge.node.isDefaultBilling)).toHaveLength(1);
      expect(addresses.addresses.edges.every((edge) => edge.node.companyName === 'Acme Industrial')).toBe(true);
      const costCenters = await buyer.data(TestCostCentersDocument, { first: 10, filter: { active: true } });
      expect(costCenters.costCenters.edges.map((edge) => edge.node.code)).toContain('CC-100');
      expect(costCenters.costCenters.edges.every((edge) => edge.node.active)).toBe(true);
      const { checkoutDefaults } = await buyer.data(TestCheckoutDefaultsDocument);
      expect(checkoutDefaults).toMatchObject({
        expressCheckoutReady: true,
        billingAddress: { label: 'Head office' },
        shippingAddress: { label: 'Warehouse' },
        shippingMethod: { code: 'standard' },
        paymentMethod: { code: 'invoice' },
        costCenter: { code: 'CC-100' },
      });
      const globex = await app.as('buyer@globex.test');
      const globexAddresses = await globex.data(TestAddressesDocument, { first: 10 });
      expect(globexAddresses.addresses.edges.every((edge) => edge.node.companyName === 'Globex Construction')).toBe(
        true,
      );
    });

    it('places the cart with cost center, PO number, note, line comment and an entered shipping address', async () => {
      const buyer = await app.as('buyer@acme.test');
      const cart = await fill(buyer, await products(3, 50));
      const cockpitBefore = (await buyer.data(TestCockpitDocument)).cockpit;
      const [{ max }] = await app.rows<{ max: string }>(
        `SELECT max(number) AS max FROM orders WHERE number LIKE 'SO-' || extract(year FROM now() AT TIME ZONE 'UTC')::int || '-%'`,
      );
      const billing = await app.idOf(`SELECT id FROM company_addresses WHERE company_id = $1 AND is_default_billing`, [
        acmeId,
      ]);
      const { submitOrder } = await buyer.data(TestSubmitOrderDocument, {
        input: {
          idempotencyKey: randomUUID(),
          billingAddress: { addressId: billing },
          shippingAddress: {
            address: {
              companyName: 'Acme Industrial',
              contactName: 'Site 7',
              street: 'Baustraße 7',
              postalCode: '70173',
              city: 'Stuttgart',
              countryCode: 'de',
            },
          },
          costCenterId: await costCenter('CC-200'),
          purchaseOrderNumber: 'PO-4711-TEST',
          note: 'Deliver before 10:00',
          lineComments: [{ lineId: cart.lines[1].id, comment: 'for the press line' }],
          shippingMethodId: await method('shipping_methods', 'express'),
          paymentMethodId: await method('payment_methods', 'direct_debit'),
        },
      });
      expect(submitOrder.userErrors).toEqual([]);
      const order = submitOrder.order!;
      const year = new Date().getUTCFullYear();
      expect(order.number).toMatch(new RegExp(`^SO-${year}-\\d{6}$`));
      if (max) expect(order.number > max).toBe(true);
      expect(order).toMatchObject({
        status: 'OPEN',
        purchaseOrderNumber: 'PO-4711-TEST',
        note: 'Deliver before 10:00',
        lineCount: 3,
        shippingMethodName: 'Express delivery (next day)',
        paymentMethodName: 'Direct debit',
        shippingCost: { amount: '24.90', currency: 'EUR' },
        costCenter: { code: 'CC-200' },
        shippingAddress: { contactName: 'Site 7', street: 'Baustraße 7', city: 'Stuttgart' },
        placedBy: { email: 'buyer@acme.test' },
      });
      expect(order.billingAddress?.companyName).toBe('Acme Industrial');
      expect(order.lines.map((line) => [line.productId, line.quantity, line.unitPrice.amount])).toEqual(
        cart.lines.map((line) => [line.productId, line.quantity, line.unitPrice!.amount]),
      );
      expect(order.lines[1].comment).toBe('for the press line');
      const linesNet = order.lines.reduce((sum, line) => sum.plus(line.netAmount.amount), new Decimal(0));
      expect(order.netTotal.amount).toBe(linesNet.plus('24.90').toFixed(2));
      expect(new Decimal(order.netTotal.amount).plus(order.taxTotal.amount).toFixed(2)).toBe(order.grossTotal.amount);

      expect((await buyer.data(TestCartDocument)).cart.lineCount).toBe(0);
      const newest = (await buyer.data(TestOrdersDocument, { first: 1 })).orders.edges[0].node;
      expect(newest).toMatchObject({ id: order.id, number: order.number });
      expect((await buyer.data(TestPlacedOrderDocument, { id: order.id })).order).toEqual(order);
      const cockpitAfter = (await buyer.data(TestCockpitDocument)).cockpit;
      expect(cockpitAfter.openOrderCount).toBe(cockpitBefore.openOrderCount + 1);
      expect(cockpitAfter.openOrders[0].id).toBe(order.id);
    });

    it('returns the first order for a replayed key and creates nothing, also for two concurrent submits', async () => {
      const buyer = await app.as('buyer@acme.test');
      await fill(buyer, await products(2, 60));
      const key = randomUUID();
      const before = await orderCount();
      const first = (await buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: key } })).submitOrder;
      expect(first.userErrors).toEqual([]);
      expect(first.replayed).toBe(false);
      await fill(buyer, await products(1, 70));
      const replay = (await buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: key } })).submitOrder;
      expect(replay).toMatchObject({
        replayed: true,
        userErrors: [],
        order: { id: first.order!.id, number: first.order!.number },
      });
      expect(await orderCount()).toBe(before + 1);
      // The replay left the new cart alone.
      expect((await buyer.data(TestCartDocument)).cart.lineCount).toBe(1);

      const concurrentKey = randomUUID();
      const [a, b] = await Promise.all([
        buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: concurrentKey } }),
        buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: concurrentKey } }),
      ]);
      expect(a.submitOrder.userErrors).toEqual([]);
      expect(b.submitOrder.userErrors).toEqual([]);
      expect(a.submitOrder.order!.id).toBe(b.submitOrder.order!.id);
      expect([a.submitOrder.replayed, b.submitOrder.replayed].sort()).toEqual([false, true]);
      expect(await orderCount()).toBe(before + 2);
    });

    it('creates nothing and leaves the cart intact when a product was discontinued after it went into the cart', async () => {
      const buyer = await app.as('buyer@acme.test');
      const [kept, dropped] = await products(2, 80);
      const cart = await fill(buyer, [kept, dropped]);
      const before = await orderCount();
      const key = randomUUID();
      await app.dataSource.query('UPDATE products SET active = false WHERE id = $1', [dropped.id]);
      try {
        const { submitOrder } = await buyer.data(TestSubmitOrderDocument, {
          input: { idempotencyKey: key, purchaseOrderNumber: 'PO-FAIL' },
        });
        expect(submitOrder.order).toBeNull();
        expect(submitOrder.userErrors).toEqual([
          expect.objectContaining({
            code: 'PRODUCT_NOT_AVAILABLE',
            field: ['cart', 'lines', '1'],
            message: expect.stringContaining(dropped.sku),
          }),
        ]);
        expect(await orderCount()).toBe(before);
        const [{ count }] = await app.rows<{ count: number }>(
          `SELECT count(*)::int AS count FROM order_idempotency_keys WHERE key = $1`,
          [key],
        );
        expect(count).toBe(0);
        const after = (await buyer.data(TestCartDocument)).cart;
        expect(after.lines.map((line) => [line.id, line.quantity])).toEqual(
          cart.lines.map((line) => [line.id, line.quantity]),
        );
        expect(after.checkoutReady).toBe(false);
      } finally {
        await app.dataSource.query('UPDATE products SET active = true WHERE id = $1', [dropped.id]);
      }
      // The key was not used up: the same key now places the order.
      const retry = (await buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: key } })).submitOrder;
      expect(retry).toMatchObject({ replayed: false, userErrors: [] });
      expect(await orderCount()).toBe(before + 1);
    });

    it('refuses an empty cart, an inactive cost center and a half-entered address with userErrors', async () => {
      const buyer = await app.as('buyer@acme.test');
      await buyer.data(TestClearCartDocument);
      const before = await orderCount();
      const empty = (await buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID() } }))
        .submitOrder;
      expect(empty.userErrors.map((error) => error.code)).toEqual(['EMPTY_CART']);

      await fill(buyer, await products(1, 90));
      const invalid = (
        await buyer.data(TestSubmitOrderDocument, {
          input: {
            idempotencyKey: randomUUID(),
            costCenterId: await costCenter('CC-900'),
            billingAddress: {
              address: { companyName: 'Acme', street: ' ', postalCode: '1', city: 'X', countryCode: 'Germany' },
            },
          },
        })
      ).submitOrder;
      expect(invalid.userErrors.map((error) => error.code).sort()).toEqual([
        'COST_CENTER_INACTIVE',
        'INVALID_ADDRESS',
        'INVALID_ADDRESS',
      ]);
      expect(await orderCount()).toBe(before);
      expect((await buyer.data(TestCartDocument)).cart.lineCount).toBe(1);
    });

    it('places an order in one click with the stored express-checkout defaults', async () => {
      const buyer = await app.as('buyer@acme.test');
      await fill(buyer, await products(2, 100));
      const { expressCheckout } = await buyer.data(TestExpressCheckoutDocument, {
        input: { idempotencyKey: randomUUID() },
      });
      expect(expressCheckout.userErrors).toEqual([]);
      expect(expressCheckout.order).toMatchObject({
        costCenter: { code: 'CC-100' },
        shippingMethodName: 'Standard delivery (2-3 days)',
        paymentMethodName: 'Invoice (30 days net)',
        shippingCost: { amount: '9.90' },
        lineCount: 2,
      });
      expect(expressCheckout.order?.shippingAddress?.contactName).toBe('Goods receipt');
    });

    it("answers NOT_FOUND for another company's address, cost center or shipping method id, and creates nothing", async () => {
      const globex = await app.as('buyer@globex.test');
      await fill(globex, await products(1, 110));
      const before = await orderCount();
      const acmeAddress = await app.idOf('SELECT id FROM company_addresses WHERE company_id = $1 LIMIT 1', [acmeId]);
      const inputs = [
        { billingAddress: { addressId: acmeAddress } },
        { shippingAddress: { addressId: acmeAddress } },
        { costCenterId: await costCenter('CC-100') },
        { costCenterId: 'not-a-uuid' },
        { shippingMethodId: randomUUID() },
      ];
      for (const input of inputs) {
        const response = await globex.request(TestSubmitOrderDocument, {
          input: { idempotencyKey: randomUUID(), ...input },
        });
        expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      }
      expect(await orderCount()).toBe(before);
      expect((await globex.data(TestCartDocument)).cart.lineCount).toBe(1);
      // Globex's own cost center works.
      const own = await globex.data(TestSubmitOrderDocument, {
        input: { idempotencyKey: randomUUID(), costCenterId: await costCenter('CC-100', globexId) },
      });
      expect(own.submitOrder.userErrors).toEqual([]);
    });
  });

  describe('reorder', () => {
    it("adds a past order's lines at today's prices and reports a discontinued one", async () => {
      const buyer = await app.as('buyer@acme.test');
      await buyer.data(TestClearCartDocument);
      const placed = await fill(buyer, await products(3, 120));
      const { submitOrder } = await buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID() } });
      const order = submitOrder.order!;
      const dropped = order.lines[2];
      await app.dataSource.query('UPDATE products SET active = false WHERE id = $1', [dropped.productId]);
      try {
        const { reorder } = await buyer.data(TestReorderDocument, { input: { orderId: order.id } });
        expect(reorder.userErrors).toEqual([]);
        expect(reorder.addedLineCount).toBe(2);
        expect(reorder.skippedLines).toEqual([
          expect.objectContaining({
            productId: dropped.productId,
            reason: 'NOT_AVAILABLE',
            quantity: dropped.quantity,
          }),
        ]);
        expect(reorder.cart.lines.map((line) => [line.productId, line.quantity])).toEqual(
          placed.lines.slice(0, 2).map((line) => [line.productId, line.quantity]),
        );
        // Reordering again sums the quantities.
        const again = (await buyer.data(TestReorderDocument, { input: { orderId: order.id } })).reorder;
        expect(again.cart.lines.map((line) => line.quantity)).toEqual(
          placed.lines.slice(0, 2).map((line) => line.quantity * 2),
        );
      } finally {
        await app.dataSource.query('UPDATE products SET active = true WHERE id = $1', [dropped.productId]);
      }
    });

    it("answers NOT_FOUND for another company's order and a colleague's order seen by a buyer", async () => {
      const globex = await app.as('buyer@globex.test');
      const acmeOrder = await app.idOf('SELECT id FROM orders WHERE company_id = $1 LIMIT 1', [acmeId]);
      expect(errorCodes(await globex.request(TestReorderDocument, { input: { orderId: acmeOrder } }))).toEqual([
        'NOT_FOUND',
      ]);
      const colleague = await app.idOf(
        `SELECT o.id FROM orders o JOIN users u ON u.id = o.placed_by_id WHERE o.company_id = $1 AND u.email <> 'buyer@acme.test' LIMIT 1`,
        [acmeId],
      );
      const buyer = await app.as('buyer@acme.test');
      expect(errorCodes(await buyer.request(TestReorderDocument, { input: { orderId: colleague } }))).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('fast order', () => {
    it('reports per row from a CSV (own numbers, SKUs, duplicates summed) and adds only when every row is OK', async () => {
      const buyer = await app.as('buyer@acme.test');
      await buyer.data(TestClearCartDocument);
      const [plain, packed] = [
        (await products(1, 130, 'p.pack_size = 1 AND p.min_quantity = 1'))[0],
        (await products(1, 0, 'p.pack_size > 1 AND p.min_quantity >= p.pack_size'))[0],
      ];
      const [own] = await app.rows<{ number: string; product_id: string; pack_size: number; min_quantity: number }>(
        `SELECT n.number, n.product_id, p.pack_size, p.min_quantity FROM customer_product_numbers n
         JOIN products p ON p.id = n.product_id AND p.active
         WHERE n.company_id = $1 AND n.product_id NOT IN ($2, $3) ORDER BY n.number LIMIT 1`,
        [acmeId, plain.id, packed.id],
      );
      const ownQuantity = Math.ceil(own.min_quantity / own.pack_size) * own.pack_size;
      const csv = [
        'Article;Quantity',
        `${plain.sku};2`,
        `${own.number.toLowerCase()};${ownQuantity}`,
        'NO-SUCH-SKU;5',
        `${plain.sku};3`,
        `${packed.sku};${smallest(packed) + 1}`,
      ].join('\n');
      const report = (await buyer.data(TestValidateFastOrderDocument, { input: { csv } })).validateFastOrder;
      expect(report.userErrors).toEqual([]);
      expect(report.rows.map((row) => [row.rows, row.status, row.quantity])).toEqual([
        [[2, 5], 'OK', 5],
        [[3], 'OK', ownQuantity],
        [[4], 'UNKNOWN', 5],
        [[6], 'PACK_SIZE_MISMATCH', smallest(packed) + 1],
      ]);
      expect(report.rows[1].product?.id).toBe(own.product_id);
      expect(report.rows[0].unitPrice?.currency).toBe('EUR');
      expect(report).toMatchObject({ okCount: 2, problemCount: 2 });

      const refused = (await buyer.data(TestAddFastOrderToCartDocument, { input: { csv } })).addFastOrderToCart;
      expect(refused.userErrors.map((error) => error.code)).toEqual(['UNKNOWN', 'NOT_PACK_MULTIPLE']);
      expect(refused.cart.lineCount).toBe(0);

      const rowsInput = [
        { reference: plain.sku, quantity: 2 },
        { reference: own.number, quantity: ownQuantity },
        { reference: plain.sku.toLowerCase(), quantity: 3 },
      ];
      const added = (await buyer.data(TestAddFastOrderToCartDocument, { input: { rows: rowsInput } }))
        .addFastOrderToCart;
      expect(added.userErrors).toEqual([]);
      expect(added.cart.lines.map((line) => [line.productId, line.quantity])).toEqual([
        [plain.id, 5],
        [own.product_id, ownQuantity],
      ]);
    });

    it('reports a product outside the assortment without its details, and input-level problems', async () => {
      const globex = await app.as('buyer@globex.test');
      const [outside] = await app.rows<{ sku: string }>(
        `SELECT p.sku FROM products p WHERE p.active AND NOT EXISTS (
           SELECT 1 FROM assortment_products a WHERE a.company_id = $1 AND a.product_id = p.id) ORDER BY p.sku LIMIT 1`,
        [globexId],
      );
      const report = (
        await globex.data(TestValidateFastOrderDocument, {
          input: { rows: [{ reference: outside.sku, quantity: 100 }] },
        })
      ).validateFastOrder;
      expect(report.rows[0]).toMatchObject({ status: 'NOT_IN_ASSORTMENT', product: null, unitPrice: null });
      const neither = (await globex.data(TestValidateFastOrderDocument, { input: {} })).validateFastOrder;
      expect(neither.userErrors[0].code).toBe('INVALID_INPUT');
      const empty = (await globex.data(TestValidateFastOrderDocument, { input: { csv: 'sku;quantity\n' } }))
        .validateFastOrder;
      expect(empty.userErrors[0].code).toBe('EMPTY');
    });
    it('validates 2 or 20 rows in the same number of statements', async () => {
      const buyer = await app.as('buyer@acme.test');
      const input = (items: ProductRow[]) => ({
        rows: items.map((item) => ({ reference: item.sku, quantity: smallest(item) })),
      });
      const small = await app.sql.measure(() => buyer.data(TestValidateFastOrderDocument, { input: input(products2) }));
      const large = await app.sql.measure(() =>
        buyer.data(TestValidateFastOrderDocument, { input: input(products20) }),
      );
      expect(small.result.validateFastOrder.okCount).toBe(2);
      expect(large.result.validateFastOrder.okCount).toBe(20);
      // session + references + visibility + price conditions
      expect(small.statements).toBe(4);
      expect(large.statements).toBe(small.statements);
    });
    let products2: ProductRow[];
    let products20: ProductRow[];
    beforeAll(async () => {
      products20 = await products(20, 150);
      products2 = products20.slice(0, 2);
    });
  });

  describe('order history filters', () => {
    it('filters by gross total range, product, product text and cost center', async () => {
      const admin = await app.as('admin@acme.test');
      const range = await admin.data(TestOrdersDocument, {
        first: 100,
        filter: { grossTotalMin: '100.00', grossTotalMax: '500' },
      });
      const [{ count }] = await app.rows<{ count: number }>(
        'SELECT count(*)::int AS count FROM orders WHERE company_id = $1 AND gross_total BETWEEN 100 AND 500',
        [acmeId],
      );
      expect(range.orders.totalCount).toBe(count);
      expect(
        range.orders.edges.every(
          (edge) => Number(edge.node.grossTotal.amount) >= 100 && Number(edge.node.grossTotal.amount) <= 500,
        ),
      ).toBe(true);

      const [line] = await app.rows<{ product_id: string; sku: string }>(
        `SELECT l.product_id, l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.company_id = $1 ORDER BY l.sku LIMIT 1`,
        [acmeId],
      );
      const [{ with_product }] = await app.rows<{ with_product: number }>(
        `SELECT count(DISTINCT o.id)::int AS with_product FROM orders o JOIN order_lines l ON l.order_id = o.id
         WHERE o.company_id = $1 AND l.product_id = $2`,
        [acmeId, line.product_id],
      );
      const byProduct = await admin.data(TestOrdersDocument, { first: 5, filter: { productId: line.product_id } });
      expect(byProduct.orders.totalCount).toBe(with_product);
      const bySku = await admin.data(TestOrdersDocument, { first: 5, filter: { productSearch: line.sku } });
      expect(bySku.orders.totalCount).toBeGreaterThanOrEqual(with_product);
      expect(
        (await admin.data(TestOrdersDocument, { first: 5, filter: { productId: 'nope' } })).orders.totalCount,
      ).toBe(0);

      const buyer = await app.as('buyer@acme.test');
      await fill(buyer, await products(1, 140));
      const cc = await costCenter('CC-300');
      const { submitOrder } = await buyer.data(TestSubmitOrderDocument, {
        input: { idempotencyKey: randomUUID(), costCenterId: cc },
      });
      const byCostCenter = await admin.data(TestOrdersDocument, { first: 10, filter: { costCenterId: cc } });
      expect(byCostCenter.orders.edges.map((edge) => edge.node.id)).toEqual([submitOrder.order!.id]);
      const globex = await app.as('admin@globex.test');
      expect(
        (await globex.data(TestOrdersDocument, { first: 10, filter: { costCenterId: cc } })).orders.totalCount,
      ).toBe(0);
    });
  });
});
