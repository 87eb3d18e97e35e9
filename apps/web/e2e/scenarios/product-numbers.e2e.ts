import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { describe, test } from 'node:test';

import { login } from '../support/login';
import { nav, waitForPath } from '../support/page';
import { scenario } from '../support/scenario';
import { catalogFixtures } from '../support/setup/catalog-fixtures';

describe('own product numbers', () => {
  test('an admin imports own product numbers from a CSV with one bad row', () =>
    scenario('20-product-numbers-import', async (page) => {
      const { contractProduct } = await catalogFixtures();
      await login(page, 'admin@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'My product numbers' }).click();
      await waitForPath(page, '/b2b_platform/product-numbers');
      await page.getByRole('table', { name: 'My product numbers' }).waitFor();
      const csv = `number;sku\nACME-4711-E2E-1;${contractProduct.sku}\nACME-4711-E2E-2;NO-SUCH-SKU\n`;
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'numbers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const report = page.getByRole('table', { name: 'Import report' });
      await report.waitFor();
      const summary = page.getByRole('group', { name: 'Import summary' });
      await summary.getByText('Created: 1').waitFor();
      await summary.getByText('Rejected: 1').waitFor();
      const rows = await report.locator('tbody tr').allInnerTexts();
      assert.equal(rows.length, 2);
      assert.match(rows[0]!, /ACME-4711-E2E-1[\s\S]*Created/);
      assert.match(rows[1]!, /NO-SUCH-SKU[\s\S]*Rejected/);
      // The imported number is in the list right away.
      await page.getByRole('searchbox', { name: 'Search numbers' }).fill('E2E-1');
      await page.getByRole('table', { name: 'My product numbers' }).getByText('ACME-4711-E2E-1').waitFor();
      await page.getByTestId('import-report').scrollIntoViewIfNeeded();
    }));
});
