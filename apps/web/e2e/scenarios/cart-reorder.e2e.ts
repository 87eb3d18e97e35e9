import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { E2eCartDocument } from '@branchline/graphql-types';

import { gql } from '../support/api';
import { login } from '../support/login';
import { nav, waitForPath } from '../support/page';
import { artifact } from '../support/paths';
import { scenario } from '../support/scenario';
import { placeOrder } from '../support/setup/cart';
import { orderFixtures } from '../support/setup/order-fixtures';
import { url } from '../support/stack';

describe('cart and reorder', () => {
  test('buyer reorders the placed order and finds its lines in the cart', () =>
    scenario('22-reorder', async (page) => {
      // An order of two known products, placed through the API (the checkout scenario places one through the page).
      const { first, second } = await orderFixtures();
      const order = await placeOrder(
        'buyer@acme.test',
        [first, second].map(({ id, quantity }) => ({ productId: id, quantity })),
      );
      const placedOrder = { ...order, skus: [first.sku, second.sku] };
      assert.ok(placedOrder, 'an order was placed');
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(url(`/b2b_platform/orders/${placedOrder.id}`));
      await page.getByRole('heading', { name: `Order ${placedOrder.number}` }).waitFor();
      await page.getByRole('button', { name: 'Reorder', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Reorder ${placedOrder.number}` });
      await dialog
        .getByTestId('reorder-summary')
        .filter({ hasText: /products? (was|were) added/ })
        .waitFor();
      // Let the modal finish fading in before the screenshot.
      await page.waitForTimeout(300);
      await page.screenshot({ path: artifact('22a-reorder-result.png'), fullPage: true });
      await dialog.getByRole('link', { name: 'Go to cart' }).click();
      await waitForPath(page, '/b2b_platform/cart');
      const cartTable = page.getByRole('table', { name: 'Cart items' });
      await cartTable.waitFor();
      const text = await cartTable.innerText();
      for (const sku of placedOrder.skus) assert.ok(text.includes(sku), `${sku} is back in the cart`);
      await page.getByRole('link', { name: /^Cart, [1-9]\d* items?$/ }).waitFor();
      // A quantity the API refuses shows its message on the line, and the cart keeps the old quantity.
      const quantity = cartTable.getByRole('textbox', { name: /^Quantity for / }).first();
      const before = await quantity.inputValue();
      await quantity.fill('0');
      await quantity.press('Enter');
      await cartTable.getByText(/Enter a whole number of units/).waitFor();
      await page.screenshot({ path: artifact('22b-cart-quantity-error.png'), fullPage: true });
      const { cart } = await gql('buyer@acme.test', E2eCartDocument);
      assert.equal(String(cart.lines[0]?.quantity), before);
    }));

  test('a viewer without "place orders" gets no cart, checkout or reorder controls', () =>
    scenario('23-viewer-cannot-order', async (page) => {
      await login(page, 'viewer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Orders' }).waitFor();
      assert.equal(await page.getByRole('link', { name: /^Cart/ }).count(), 0, 'no cart icon');
      assert.equal(await nav(page).getByRole('link', { name: 'Fast order' }).count(), 0, 'no fast order entry');
      for (const path of ['cart', 'checkout', 'fast-order']) {
        await page.goto(url(`/b2b_platform/${path}`));
        await page.getByRole('heading', { name: 'You are not allowed to order' }).waitFor();
        if (path === 'checkout') await page.screenshot({ path: artifact('23a-viewer-checkout-forbidden.png') });
      }
      await page.goto(url('/b2b_platform/orders'));
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await Promise.race([orders.waitFor(), page.getByText('No orders match your filters.').waitFor()]);
      assert.equal(await page.getByRole('button', { name: /^Reorder/ }).count(), 0, 'no reorder actions');
      if ((await orders.count()) > 0) {
        await orders.locator('tbody tr td:first-child a').first().click();
        await page.getByRole('heading', { name: /^Order SO-/ }).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Reorder' }).count(), 0, 'no reorder button');
      }
    }));
});
