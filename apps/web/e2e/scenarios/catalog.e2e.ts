import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../support/login';
import { eventually, nav, parseMoney, pathOf, quickSearchBox, waitForPath } from '../support/page';
import { artifact } from '../support/paths';
import { scenario } from '../support/scenario';
import { catalogFixtures } from '../support/setup/catalog-fixtures';
import { url } from '../support/stack';

describe('catalog', () => {
  test('customer browses the catalog by category with paging', () =>
    scenario('15-products-browse', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Products', exact: true }).click();
      await waitForPath(page, '/b2b_platform/products');
      const products = page.getByRole('table', { name: 'Products' });
      await eventually(async () => assert.equal(await products.locator('tbody tr').count(), 25));
      const categories = page.getByRole('navigation', { name: 'Categories' });
      await categories.getByRole('button', { name: /^Tools/ }).click();
      await categories.getByRole('button', { name: /^Hand tools/ }).waitFor();
      await eventually(async () => {
        assert.match(pathOf(page), /category=/);
        await page.getByText(/Showing 25 of 117 products/).waitFor({ timeout: 500 });
      });
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.getByText(/Showing 50 of 117 products/).waitFor();
      await page.getByRole('button', { name: 'Sort by Price' }).click();
      await eventually(() => assert.match(pathOf(page), /sort=LIST_PRICE\.ASC/));
      // The switch reflects the URL, which updates a tick after the click; so click and watch the URL.
      await page.getByRole('switch', { name: 'Only available products' }).click();
      await eventually(() => assert.match(pathOf(page), /available=1/));
      await products.locator('tbody tr').first().waitFor();
    }));

  test('customer finds a product by a typo in the quick search and sees the contract price', () =>
    scenario('16-quick-search-typo-contract-price', async (page) => {
      const { contractIndex, contractProduct } = await catalogFixtures();
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      const search = quickSearchBox(page);
      await search.fill('claw hamer');
      const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
      await eventually(async () => assert.ok((await options.count()) > contractIndex, 'hits are listed'));
      assert.match(await options.first().innerText(), /Claw hammer/);
      await page.screenshot({ path: artifact('16-quick-search-dropdown.png') });
      // Keyboard only: arrow down to the contract-priced hit, Enter opens it.
      for (let i = 0; i <= contractIndex; i += 1) await search.press('ArrowDown');
      await search.press('Enter');
      await waitForPath(page, `/b2b_platform/products/${contractProduct.id}`);
      await page.getByRole('heading', { name: contractProduct.name, level: 1 }).waitFor();
      const priceBox = page.getByTestId('price-box');
      await priceBox.getByText('Contract price', { exact: true }).waitFor();
      await priceBox.getByTestId('list-price').waitFor();
      assert.ok(
        parseMoney(await priceBox.getByTestId('unit-price').innerText()) <
          Number(contractProduct.price.listPrice.amount),
      );
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByText(`× ${contractProduct.name} added to the cart.`).waitFor();
    }));

  test("customer finds a product by the company's own number", () =>
    scenario('17-quick-search-own-number', async (page) => {
      const { ownNumber } = await catalogFixtures();
      assert.match(ownNumber.number, /^ACME-4711-/);
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await quickSearchBox(page).fill(ownNumber.number);
      const option = page.getByRole('option', { name: ownNumber.product.name });
      await option.waitFor();
      await option.getByText('Own number match').waitFor();
      await option.click();
      await waitForPath(page, `/b2b_platform/products/${ownNumber.product.id}`);
      await page.getByTestId('own-number-value').filter({ hasText: ownNumber.number }).waitFor();
      // A buyer may not manage numbers: no edit controls.
      assert.equal(await page.getByRole('button', { name: `Change ${ownNumber.number}` }).count(), 0);
    }));

  test('a viewer without "see special conditions" gets the list price', () =>
    scenario('18-viewer-list-price', async (page) => {
      const { contractProduct } = await catalogFixtures();
      await login(page, 'viewer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(url(`/b2b_platform/products/${contractProduct.id}`));
      await page.getByRole('heading', { name: contractProduct.name, level: 1 }).waitFor();
      const priceBox = page.getByTestId('price-box');
      await priceBox.getByTestId('unit-price').waitFor();
      assert.equal(
        parseMoney(await priceBox.getByTestId('unit-price').innerText()),
        Number(contractProduct.price.listPrice.amount),
      );
      assert.equal(await page.getByTestId('price-source-badge').count(), 0, 'no contract badge for the viewer');
      // Own numbers are readable but not editable for the viewer.
      await nav(page).getByRole('link', { name: 'My product numbers' }).click();
      await page.getByRole('table', { name: 'My product numbers' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Add number' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /^Delete / }).count(), 0);
    }));

  test('another company cannot open a product outside its assortment', () =>
    scenario('19-globex-product-not-found', async (page) => {
      const { acmeOnlyProduct } = await catalogFixtures();
      await login(page, 'buyer@globex.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(url(`/b2b_platform/products/${acmeOnlyProduct.id}`));
      await page.getByRole('heading', { name: 'Product not found' }).waitFor();
      assert.equal(await page.getByText(acmeOnlyProduct.name).count(), 0);
    }));
});
