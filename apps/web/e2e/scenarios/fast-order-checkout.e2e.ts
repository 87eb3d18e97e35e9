import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { describe, test } from 'node:test';

import { login } from '../support/login';
import { eventually, firstColumn, nav, ORDER_NUMBER, waitForPath } from '../support/page';
import { artifact } from '../support/paths';
import { scenario } from '../support/scenario';
import { clearCart } from '../support/setup/cart';
import { orderFixtures } from '../support/setup/order-fixtures';
import { url } from '../support/stack';

describe('fast order and checkout', () => {
  test('buyer fills a fast order from a CSV, checks out once despite a lost answer and a double click', () =>
    scenario('21-fast-order-checkout', async (page) => {
      const { first, second, costCenter } = await orderFixtures();
      // Whatever other scenarios left in the cart would be ordered too.
      await clearCart('buyer@acme.test');
      const poNumber = `E2E-PO-${Date.now()}`;
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Fast order' }).click();
      await waitForPath(page, '/b2b_platform/fast-order');

      // References autocomplete through the typo-tolerant quick search.
      const firstReference = page.getByRole('textbox', { name: 'SKU or own number, row 1' });
      await firstReference.fill('claw hamer');
      await page
        .getByRole('option')
        .filter({ hasText: /Claw hammer/ })
        .first()
        .waitFor();
      await page.screenshot({ path: artifact('21-autocomplete.png') });
      await firstReference.fill('');
      await page.keyboard.press('Escape');

      // The second product twice (summed by the API) and one unknown reference.
      const csv = `reference;quantity\n${first.sku};${first.quantity}\n${second.sku};${second.quantity}\nNO-SUCH-SKU-E2E;5\n${second.sku};${second.quantity}\n`;
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'fast-order.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const rows = page.getByTestId('fast-order-row');
      await eventually(async () => assert.equal(await rows.count(), 4));
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      const report = page.getByRole('table', { name: 'Fast order check' });
      await report.waitFor();
      const summary = page.getByRole('group', { name: 'Check summary' });
      await summary.getByText('2 products OK').waitFor();
      await summary.getByText('1 problem').waitFor();
      const reportRows = await report.locator('tbody tr').allInnerTexts();
      assert.equal(reportRows.length, 3, 'duplicates are summed into one report row');
      assert.ok(reportRows.some((row) => row.includes('NO-SUCH-SKU-E2E') && row.includes('Unknown')));
      assert.ok(reportRows.some((row) => row.includes(second.sku) && row.includes('(summed)')));
      assert.equal(
        await page.getByRole('button', { name: 'Add to cart' }).isDisabled(),
        true,
        'nothing goes in while a row is bad',
      );
      await page.screenshot({ path: artifact('21a-fast-order-report.png'), fullPage: true });

      // Remove the bad row, check again, add.
      await page.getByRole('button', { name: 'Remove 1 row with problems' }).click();
      await eventually(async () => assert.equal(await rows.count(), 3));
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await summary.getByText('0 problems').waitFor();
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByText('2 products were added to your cart.').waitFor();
      await page.getByRole('link', { name: 'Go to cart' }).click();
      await waitForPath(page, '/b2b_platform/cart');

      const cartTable = page.getByRole('table', { name: 'Cart items' });
      await cartTable.waitFor();
      const cartText = await cartTable.innerText();
      assert.ok(cartText.includes(first.sku) && cartText.includes(second.sku), 'both products are in the cart');
      await page.getByTestId('express-checkout').getByRole('heading', { name: 'Express checkout' }).waitFor();
      await page.screenshot({ path: artifact('21b-cart.png'), fullPage: true });
      await page.getByRole('link', { name: 'Checkout', exact: true }).click();
      await waitForPath(page, '/b2b_platform/checkout');

      await page.getByRole('textbox', { name: 'Cost center' }).click();
      await page.getByRole('option', { name: `${costCenter.code} · ${costCenter.name}` }).click();
      await page.getByRole('textbox', { name: 'PO number / commission' }).fill(poNumber);
      await page.getByRole('textbox', { name: 'Order note' }).fill('Please deliver to gate 2.');
      await page.getByRole('textbox', { name: `Comment for ${first.name}` }).fill('For line 3');
      // Full-page shots of a scrolled page draw the fixed header mid-page.
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: artifact('21c-checkout.png'), fullPage: true });

      // The first answer is lost on the way back (the order exists on the server); the retry is a double click.
      const keys: string[] = [];
      let dropped = false;
      await page.route('**/graphql', async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}');
        if (body.operationName !== 'SubmitOrder') return route.fallback();
        keys.push(body.variables.input.idempotencyKey);
        if (dropped) return route.fallback();
        dropped = true;
        await route.fetch();
        return route.abort('connectionreset');
      });
      await page.getByRole('button', { name: 'Place binding order' }).click();
      await page.getByRole('alert').filter({ hasText: 'No answer from the server' }).waitFor();
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: artifact('21d-checkout-network-error.png'), fullPage: true });
      await page.getByRole('button', { name: 'Try again' }).dblclick();
      await eventually(() => assert.match(new URL(page.url()).pathname, /^\/b2b_platform\/orders\/[0-9a-f-]{36}$/));
      await page.getByTestId('order-placed').waitFor();
      await page.getByText('You submitted this order more than once; it was placed only once.').waitFor();
      assert.ok(keys.length >= 2, `submitted ${keys.length} times`);
      assert.equal(new Set(keys).size, 1, 'every submit carried the same idempotency key');
      const facts = page.getByTestId('order-checkout-facts');
      await facts.getByText(`${costCenter.code} · ${costCenter.name}`).waitFor();
      await facts.getByText('Please deliver to gate 2.').waitFor();
      await page.getByTestId('order-line-comment').filter({ hasText: 'For line 3' }).waitFor();
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      const number = heading.replace(/^Order /, '').trim();
      assert.match(number, ORDER_NUMBER);
      await page.screenshot({ path: artifact('21e-order-placed.png'), fullPage: true });
      // The header count follows the emptied cart.
      await eventually(async () => assert.equal(await page.getByRole('link', { name: 'Cart, 0 items' }).count(), 1));

      // Exactly one order carries the PO number.
      await page.goto(url(`/b2b_platform/orders?q=${encodeURIComponent(poNumber)}`));
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await eventually(async () => assert.deepEqual(await firstColumn(orders), [number]));
      await page.getByText('Showing 1 of 1 orders').waitFor();
    }));
});
