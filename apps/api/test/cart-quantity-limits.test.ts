import { randomUUID } from 'node:crypto';

import {
  TestAddFastOrderToCartDocument,
  TestAddToCartDocument,
  TestCartDocument,
  TestClearCartDocument,
  TestReorderDocument,
  TestSubmitOrderDocument,
  TestUpdateCartLineDocument,
} from '@branchline/graphql-types';

import { LIMITS } from '../src/common/limits';
import { startTestApp, TestApp, TestClient } from './support/test-app';

const MAX = LIMITS.lineQuantity.max;

// Every path that changes a quantity keeps the line within the maximum the checkout accepts.
describe('cart quantities stay within the per-line maximum', () => {
  let app: TestApp;
  let buyer: TestClient;
  let product: { id: string; sku: string };
  let orderId: string;
  beforeAll(async () => {
    app = await startTestApp();
    buyer = await app.as('buyer@acme.test');
    // Any quantity is a valid pack of this product, so only the maximum can refuse it. Globex's
    // assortment is a subset of what Acme sees (as in cart-checkout.test.ts).
    [product] = await app.rows<{ id: string; sku: string }>(
      `SELECT p.id, p.sku FROM products p
       WHERE p.active AND p.pack_size = 1 AND p.min_quantity = 1 AND EXISTS (
         SELECT 1 FROM assortment_products a JOIN companies c ON c.id = a.company_id
         WHERE c.name = 'Globex Construction' AND a.product_id = p.id)
       ORDER BY p.sku LIMIT 1`,
    );
    // A past order with 2 of the product, to reorder.
    await buyer.data(TestClearCartDocument);
    await buyer.data(TestAddToCartDocument, { input: { productId: product.id, quantity: 2 } });
    const { submitOrder } = await buyer.data(TestSubmitOrderDocument, { input: { idempotencyKey: randomUUID() } });
    expect(submitOrder.userErrors).toEqual([]);
    orderId = submitOrder.order!.id;
  });
  afterAll(() => app.close());

  // The line one unit under the maximum: anything more must be refused.
  beforeEach(async () => {
    await buyer.data(TestClearCartDocument);
    const { addToCart } = await buyer.data(TestAddToCartDocument, {
      input: { productId: product.id, quantity: MAX - 1 },
    });
    expect(addToCart.userErrors).toEqual([]);
  });
  const cartLines = async () =>
    (await buyer.data(TestCartDocument)).cart.lines.map((line) => [line.productId, line.quantity]);
  const overMaximum = expect.stringMatching(new RegExp(`^With the ${MAX - 1} already in the cart: .*${MAX}`));

  it('refuses a fast order that would push the line past the maximum, and leaves the cart as it was', async () => {
    const { addFastOrderToCart } = await buyer.data(TestAddFastOrderToCartDocument, {
      input: { rows: [{ reference: product.sku, quantity: 2 }] },
    });
    expect(addFastOrderToCart.userErrors).toEqual([
      { field: ['input', 'rows', '1'], code: 'INVALID_QUANTITY', message: expect.stringMatching(/^Row 1: With the/) },
    ]);
    expect(addFastOrderToCart.report).toMatchObject({ okCount: 0, problemCount: 1 });
    expect(addFastOrderToCart.report.rows).toEqual([
      expect.objectContaining({ status: 'INVALID_QUANTITY', message: overMaximum, unitPrice: null }),
    ]);
    expect(addFastOrderToCart.cart.lines.map((line) => line.quantity)).toEqual([MAX - 1]);
    expect(await cartLines()).toEqual([[product.id, MAX - 1]]);
  });

  it('skips a reordered line that would pass the maximum, and leaves the cart as it was', async () => {
    const { reorder } = await buyer.data(TestReorderDocument, { input: { orderId } });
    expect(reorder.addedLineCount).toBe(0);
    expect(reorder.skippedLines).toEqual([
      expect.objectContaining({ productId: product.id, quantity: 2, reason: 'INVALID_QUANTITY', message: overMaximum }),
    ]);
    expect(reorder.userErrors.map((error) => error.code)).toEqual(['NOTHING_ORDERABLE']);
    expect(await cartLines()).toEqual([[product.id, MAX - 1]]);
  });

  it('refuses addToCart onto the line past the maximum, and an update to more than the maximum', async () => {
    const { addToCart } = await buyer.data(TestAddToCartDocument, { input: { productId: product.id, quantity: 2 } });
    expect(addToCart.userErrors).toEqual([
      { field: ['input', 'quantity'], code: 'INVALID_QUANTITY', message: overMaximum },
    ]);
    const [lineId] = (await buyer.data(TestCartDocument)).cart.lines.map((line) => line.id);
    const { updateCartLine } = await buyer.data(TestUpdateCartLineDocument, {
      input: { lineId: lineId, quantity: MAX + 1 },
    });
    expect(updateCartLine.userErrors.map((error) => error.code)).toEqual(['INVALID_QUANTITY']);
    expect(await cartLines()).toEqual([[product.id, MAX - 1]]);
    // Exactly the maximum is still fine.
    const { addToCart: toMaximum } = await buyer.data(TestAddToCartDocument, {
      input: { productId: product.id, quantity: 1 },
    });
    expect(toMaximum.userErrors).toEqual([]);
    expect(toMaximum.cart.checkoutReady).toBe(true);
  });
});
