import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../support/login';
import { eventually, firstColumn, nav, waitForPath } from '../support/page';
import { artifact } from '../support/paths';
import { scenario } from '../support/scenario';
import { url } from '../support/stack';

describe('navigation and language', () => {
  test('language switch to German translates the navigation', async () => {
    await scenario('10-german', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Orders' }).waitFor();
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Deutsch' }).click();
      await nav(page).getByRole('link', { name: 'Bestellungen' }).waitFor();
      await nav(page).getByRole('link', { name: 'Übersicht' }).waitFor();
      assert.equal(await nav(page).getByRole('link', { name: 'Orders' }).count(), 0);
      await page.getByRole('heading', { name: 'Willkommen, Ben' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');
      await nav(page).getByRole('link', { name: 'Cockpit' }).click();
      const orders = page.getByRole('table', { name: 'Bestellungen', exact: true });
      await eventually(async () => assert.equal((await firstColumn(orders)).length, 20));
      // German money format: "1.234,56 €"
      assert.match(await orders.locator('tbody tr td:nth-child(7)').first().innerText(), /\d,\d{2}\s€/);
    });
  });

  test('operator, not-available pages and 404', async () => {
    await scenario('13-operator-and-placeholders', async (page) => {
      await login(page, 'operator@branchline.test');
      await waitForPath(page, '/b2b_platform');
      // allInnerTexts does not wait for the navigation to render.
      await eventually(async () => {
        const links = (await nav(page).getByRole('link').allInnerTexts()).map((s) => s.trim());
        assert.deepEqual(links, ['Dashboard', 'Settings']);
      });
      await nav(page).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Portal settings', level: 1 }).waitFor();
      await page.screenshot({ path: artifact('13-operator-settings.png') });
      await page.goto(url('/b2b_platform/no-such-page'));
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await page.goto(url('/nowhere'));
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    });
  });
});
