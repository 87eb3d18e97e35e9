import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../support/login';
import { eventually, firstColumn, nav, ORDER_NUMBER, parseMoney, pathOf, waitForPath } from '../support/page';
import { artifact } from '../support/paths';
import { scenario } from '../support/scenario';
import { url } from '../support/stack';

describe('orders', () => {
  test('customer sees open orders and the order table in the cockpit', () =>
    scenario('02-customer-cockpit', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Cockpit' }).click();
      await waitForPath(page, '/b2b_platform/cockpit');
      await page.getByRole('heading', { name: 'Cockpit', level: 1 }).waitFor();

      const openOrders = page.getByRole('table', { name: 'Open orders' });
      await openOrders.waitFor();
      const openNumbers = await firstColumn(openOrders);
      assert.ok(openNumbers.length > 0 && openNumbers.length <= 5, `open orders shown: ${openNumbers.length}`);
      for (const number of openNumbers) assert.match(number, ORDER_NUMBER);

      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await orders.waitFor();
      const numbers = await eventually(async () => {
        const values = await firstColumn(orders);
        assert.equal(values.length, 20, 'first page holds 20 orders');
        return values;
      });
      for (const number of numbers) assert.match(number, ORDER_NUMBER);
      await page.getByText(/Showing 20 of \d+ orders/).waitFor();
      await page.getByTestId('orders-this-year').waitFor();
      await page.getByText('Order lists are not available yet.').waitFor();
    }));

  test('customer filters orders by status', () =>
    scenario('03-customer-status-filter', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(url('/b2b_platform/cockpit'));
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await orders.waitFor();
      await page.getByRole('textbox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Cancelled' }).click();
      await page.keyboard.press('Escape');
      await eventually(async () => {
        assert.match(pathOf(page), /status=CANCELLED/);
        // textContent: the badge upper-cases its label with CSS only.
        const statuses = (await orders.locator('tbody tr td:nth-child(3)').allTextContents()).map((s) => s.trim());
        assert.ok(statuses.length > 0, 'some cancelled orders exist');
        assert.deepEqual([...new Set(statuses)], ['Cancelled']);
      });
    }));

  test('customer searches an order number and opens its detail', () =>
    scenario('04-customer-search-and-detail', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Cockpit' }).click();
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await orders.waitFor();
      // Any order of the first page will do; the fourth, as the cockpit scenario once handed over.
      const number = await eventually(async () => {
        const fourth = (await firstColumn(orders))[3];
        assert.ok(fourth, 'the first page has four orders');
        return fourth;
      });
      assert.match(number, ORDER_NUMBER);
      await page.getByRole('searchbox', { name: 'Search order number' }).fill(number);
      await eventually(async () => assert.deepEqual(await firstColumn(orders), [number]));
      assert.match(pathOf(page), new RegExp(`q=${number}`));

      await orders.getByRole('link', { name: number, exact: true }).click();
      await eventually(() => assert.match(new URL(page.url()).pathname, /^\/b2b_platform\/orders\/[0-9a-f-]{36}$/));
      await page.getByRole('heading', { name: `Order ${number}` }).waitFor();
      const lines = page.getByRole('table', { name: 'Order items' });
      await lines.waitFor();
      const lineCount = await lines.locator('tbody tr').count();
      assert.ok(lineCount > 0, 'order has lines');
      const skus = await lines.locator('tbody tr td:nth-child(2)').allInnerTexts();
      assert.ok(
        skus.every((sku) => sku.trim().length > 0),
        'every line shows a SKU',
      );
      await page.getByTestId('order-gross-total').waitFor();
      await page.screenshot({ path: artifact('04-customer-order-detail.png'), fullPage: true });

      // Back returns to the list with the search still applied (it lives in the URL).
      await page.getByRole('button', { name: 'Back to orders' }).click();
      await waitForPath(page, '/b2b_platform/cockpit');
      assert.equal(await page.getByRole('searchbox', { name: 'Search order number' }).inputValue(), number);
    }));

  test('customer pages and sorts the order list', () =>
    scenario('05-customer-orders-sort-and-paging', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Orders' }).click();
      await waitForPath(page, '/b2b_platform/orders');
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await eventually(async () => assert.equal((await firstColumn(orders)).length, 20));
      await page.getByRole('button', { name: 'Load more' }).click();
      await eventually(async () => assert.equal((await firstColumn(orders)).length, 40));
      await page.getByText(/Showing 40 of \d+ orders/).waitFor();

      await page.getByRole('button', { name: 'Sort by Total' }).click();
      await eventually(async () => {
        assert.match(pathOf(page), /sort=GROSS_TOTAL\.DESC/);
        const totals = (await orders.locator('tbody tr td:nth-child(7)').allInnerTexts()).map(parseMoney);
        assert.equal(totals.length, 20);
        for (let i = 1; i < totals.length; i += 1) assert.ok(totals[i - 1]! >= totals[i]!, `descending at ${i}`);
      });
    }));

  test('an unknown order shows "Order not found"', () =>
    scenario('06-customer-order-not-found', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(url('/b2b_platform/orders/00000000-0000-4000-8000-000000000000'));
      await page.getByRole('heading', { name: 'Order not found' }).waitFor();
    }));
});
