import { describe, test } from 'node:test';

import { login } from '../../support/login';
import { waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { scenario } from '../../support/scenario';
import { url } from '../../support/stack';

describe('addresses, cost centers and express checkout', () => {
  test('an admin adds, edits and deletes a cost center and an address, and edits express checkout', () =>
    scenario('44-company-addresses-cost-centers', async (page) => {
      const suffix = Date.now().toString(36).toUpperCase();
      await login(page, 'admin@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(url('/b2b_platform/employee/cost-centers'));
      await page.getByRole('button', { name: 'New cost center' }).click();
      let dialog = page.getByRole('dialog', { name: 'New cost center' });
      await dialog.getByRole('textbox', { name: 'Code' }).fill(`CC-${suffix}`);
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Trade fair');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText(`Cost center CC-${suffix} was saved.`).waitFor();
      const costRow = page
        .getByRole('table', { name: 'Cost centers' })
        .getByRole('row', { name: new RegExp(`CC-${suffix}`) });
      await costRow.getByRole('button', { name: 'Edit' }).click();
      dialog = page.getByRole('dialog', { name: 'Edit cost center' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Trade fair 2026');
      await dialog.getByRole('checkbox', { name: 'Active' }).uncheck();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await costRow.getByText('Trade fair 2026').waitFor();
      await costRow.getByText('Inactive').waitFor();
      await costRow.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog', { name: 'Delete cost center?' }).getByRole('button', { name: 'Delete' }).click();
      await page.getByText(`Cost center CC-${suffix} was deleted.`).waitFor();

      await page.getByRole('tab', { name: 'Addresses' }).click();
      await page.getByRole('button', { name: 'New address' }).click();
      dialog = page.getByRole('dialog', { name: 'New address' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(`Plant ${suffix}`);
      await dialog.getByRole('textbox', { name: 'Company' }).fill('Acme Industrial GmbH');
      await dialog.getByRole('textbox', { name: 'Street and number' }).fill('Werkstraße 5');
      await dialog.getByRole('textbox', { name: 'Postal code' }).fill('70565');
      await dialog.getByRole('textbox', { name: 'City' }).fill('Stuttgart');
      await dialog.getByRole('checkbox', { name: 'Use for billing' }).uncheck();
      await dialog.getByRole('button', { name: 'Save' }).click();
      const addressRow = page
        .getByRole('table', { name: 'Addresses' })
        .getByRole('row', { name: new RegExp(`Plant ${suffix}`) });
      await addressRow.getByText('Werkstraße 5').waitFor();
      await addressRow.getByText('Shipping', { exact: true }).waitFor();
      await addressRow.getByRole('button', { name: 'Edit' }).click();
      dialog = page.getByRole('dialog', { name: 'Edit address' });
      await dialog.getByRole('textbox', { name: 'City' }).fill('Esslingen');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await addressRow.getByText(/Esslingen/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await page.screenshot({ path: artifact('44a-addresses.png'), fullPage: true });

      // Express checkout: ship to the new address by default.
      await page.getByRole('tab', { name: 'Express checkout' }).click();
      await page.getByRole('button', { name: 'Edit defaults' }).click();
      await page.getByRole('textbox', { name: 'Shipping address' }).click();
      await page.getByRole('option', { name: new RegExp(`Plant ${suffix}`) }).click();
      await page.screenshot({ path: artifact('44b-express-checkout-edit.png'), fullPage: true });
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('The express-checkout defaults were saved.').waitFor();
      await page.getByText(/Esslingen/).waitFor();

      // Back to the default-flagged address, then the test address goes.
      await page.getByRole('button', { name: 'Edit defaults' }).click();
      await page.getByRole('button', { name: 'Clear Shipping address' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('The express-checkout defaults were saved.').first().waitFor();
      await page.getByRole('tab', { name: 'Addresses' }).click();
      await addressRow.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog', { name: 'Delete address?' }).getByRole('button', { name: 'Delete' }).click();
      await page.getByText('The address was deleted.').waitFor();
    }));
});
