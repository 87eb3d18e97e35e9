import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../support/login';
import { nav, waitForPath } from '../support/page';
import { scenario } from '../support/scenario';

describe('sales-rep customers', () => {
  test('sales rep sees only assigned customers', async () => {
    await scenario('07-rep-customers', async (page) => {
      await login(page, 'rep@branchline.test');
      await waitForPath(page, '/b2b_platform/customers');
      const customers = page.getByRole('table', { name: 'Customers' });
      await customers.getByText('Acme Industrial').waitFor();
      const text = await customers.innerText();
      assert.ok(!text.includes('Globex Construction'), 'Globex is not assigned to this rep');
      await nav(page).getByRole('link', { name: 'Fast order' }).waitFor();
      const loginAs = page.getByRole('button', { name: 'Log in as an employee of Acme Industrial' });
      assert.equal(await loginAs.isDisabled(), true, 'impersonation is not built yet');
      // The demo rep serves one private (B2C) customer: exactly that row is flagged.
      const b2cRow = customers.getByRole('row', { name: /Maria Keller/ });
      await b2cRow.getByTestId('b2c-flag').waitFor();
      assert.equal(await page.getByTestId('b2c-flag').count(), 1);

      await page.getByRole('searchbox', { name: 'Search customers' }).fill('Globex');
      await page.getByText('No customers found.').waitFor();
      await page.getByRole('searchbox', { name: 'Search customers' }).fill('');
      await customers.getByText('Acme Industrial').waitFor();
    });
  });

  test('supervisor sees every customer and the B2C flag', async () => {
    await scenario('08-supervisor-customers', async (page) => {
      await login(page, 'supervisor@branchline.test');
      await waitForPath(page, '/b2b_platform/customers');
      const customers = page.getByRole('table', { name: 'Customers' });
      await customers.getByText('Globex Construction').waitFor();
      await customers.getByText('Acme Industrial').waitFor();
      const b2cRow = customers.locator('tbody tr').filter({ hasText: '(private)' });
      const flag = b2cRow.getByTestId('b2c-flag');
      await flag.waitFor();
      assert.equal(await page.getByTestId('b2c-flag').count(), 1, 'only the B2C customer is flagged');
      await flag.hover();
      await page.getByRole('tooltip', { name: 'B2C customers cannot be logged into' }).waitFor();
    });
  });
});
