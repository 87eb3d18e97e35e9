import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../../support/login';
import { nav, waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { scenario } from '../../support/scenario';

describe('company pages, read-only', () => {
  test('a buyer sees employees, roles and express checkout read-only', () =>
    scenario('42-company-read-only', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Company' }).click();
      await waitForPath(page, '/b2b_platform/employee');
      await page.getByRole('heading', { name: 'Company: Acme Industrial' }).waitFor();
      const employees = page.getByRole('table', { name: 'Employees' });
      await employees.getByText('admin@acme.test').waitFor();
      assert.equal(await page.getByRole('button', { name: 'New employee' }).count(), 0, 'no create button');
      assert.equal(await page.getByRole('button', { name: /^Actions for / }).count(), 0, 'no row actions');
      await page.screenshot({ path: artifact('42a-employees-read-only.png'), fullPage: true });

      await page.getByRole('tab', { name: 'Roles' }).click();
      await waitForPath(page, '/b2b_platform/employee/roles');
      await page.getByRole('article', { name: 'Buyer' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'New role' }).count(), 0, 'no new role button');
      assert.equal(await page.getByRole('button', { name: /^Edit role / }).count(), 0, 'no edit role buttons');

      await page.getByRole('tab', { name: 'Express checkout' }).click();
      await waitForPath(page, '/b2b_platform/employee/express-checkout');
      await page.getByText('Only administrators of your company can change these defaults.').waitFor();
      await page.getByText('Shipping method', { exact: true }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Edit defaults' }).count(), 0, 'no edit button');
      await page.screenshot({ path: artifact('42b-express-checkout-read-only.png'), fullPage: true });
    }));
});
