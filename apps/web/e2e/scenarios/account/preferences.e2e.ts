import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { E2ePreferencesDocument, E2ePreferencesResetDocument } from '@branchline/graphql-types';

import { gql } from '../../support/api';
import { chooseCompany, login } from '../../support/login';
import { eventually, waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { scenario } from '../../support/scenario';
import { resetCompanyChoice } from '../../support/setup/account';

describe('account preferences', () => {
  test('an employee of two companies sets the preferred company and login target on the account page', () =>
    scenario('40-account-preferences', async (page) => {
      await resetCompanyChoice('multi@branchline.test');
      await login(page, 'multi@branchline.test');
      await chooseCompany(page, 'Acme Industrial');
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Your profile' }).click();
      await waitForPath(page, '/b2b_platform/account');
      await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();

      // Role per company; the role field is greyed out (disabled) everywhere, admins hold none.
      const roles = page.getByRole('table', { name: 'Role setting' });
      await roles.getByText('Acme Industrial').waitFor();
      await roles.getByText('Globex Construction').waitFor();
      assert.equal(
        await roles.getByRole('textbox', { name: 'Role at Acme Industrial' }).inputValue(),
        'Purchasing lead',
      );
      assert.equal(await roles.getByRole('textbox', { name: 'Role at Globex Construction' }).inputValue(), 'Buyer');

      const preferred = page.getByRole('textbox', { name: 'Preferred company' });
      assert.equal(await preferred.inputValue(), 'Company selection with each login');
      await preferred.click();
      await page.getByRole('option', { name: 'Globex Construction' }).click();
      await page.getByRole('textbox', { name: 'Login target' }).click();
      await page.getByRole('option', { name: 'Orders' }).click();
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await page.getByText('Your preferences were saved.').waitFor();

      // The choice is stored on the server: a reload shows it again.
      await page.reload();
      await eventually(async () =>
        assert.equal(
          await page.getByRole('textbox', { name: 'Preferred company' }).inputValue(),
          'Globex Construction',
        ),
      );
      assert.equal(await page.getByRole('textbox', { name: 'Login target' }).inputValue(), 'Orders');
      const { me } = await gql('multi@branchline.test', E2ePreferencesDocument);
      assert.deepEqual(me, { preferredCompany: { name: 'Globex Construction' }, ownLoginTarget: 'ORDERS' });

      // Password rules show next to the fields: too short locally, a wrong current password from the API.
      await page.getByLabel(/^Current password/).fill('wrong-password-123');
      await page.getByLabel(/^New password/).fill('short');
      await page.getByLabel(/^Repeat new password/).fill('short');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Use at least 10 characters.', { exact: true }).waitFor();
      await page.getByLabel(/^New password/).fill('long-enough-password');
      await page.getByLabel(/^Repeat new password/).fill('long-enough-password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('The current password is not correct.').waitFor();
      // A full-page shot of a scrolled page would draw the fixed header mid-page.
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: artifact('40a-account-page.png'), fullPage: true });

      // Back to the defaults, so other scenarios start as before.
      await page.getByRole('textbox', { name: 'Preferred company' }).click();
      await page.getByRole('option', { name: 'Company selection with each login' }).click();
      await page.getByRole('textbox', { name: 'Login target' }).click();
      await page.getByRole('option', { name: 'Default target' }).click();
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await eventually(async () => {
        const { me: reset } = await gql('multi@branchline.test', E2ePreferencesResetDocument);
        assert.deepEqual(reset, { preferredCompany: null, ownLoginTarget: null });
      });
    }));
});
