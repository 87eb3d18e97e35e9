import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../../support/login';
import { nav, waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { scenario, withFreshPage } from '../../support/scenario';
import { url } from '../../support/stack';

describe('invitations', () => {
  test('an admin invites a colleague, who sets a password from the link and lands in the portal', async () => {
    const email = `invited.${Date.now().toString(36)}@acme.test`;
    let link = '';
    await scenario('50-invite-employee', async (page) => {
      await login(page, 'admin@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Company' }).click();
      await waitForPath(page, '/b2b_platform/employee');
      await page.getByRole('button', { name: 'Invite employee' }).click();
      const dialog = page.getByRole('dialog', { name: 'Invite an employee' });
      // Required fields are checked before anything is sent.
      await dialog.getByRole('button', { name: 'Create invitation link' }).click();
      assert.ok((await dialog.getByText('Required.').count()) >= 3, 'required fields are marked');
      await dialog.getByRole('textbox', { name: 'Salutation' }).click();
      await page.getByRole('option', { name: 'Ms', exact: true }).click();
      await dialog.getByRole('textbox', { name: 'First name' }).fill('Ida');
      await dialog.getByRole('textbox', { name: 'Last name' }).fill('Invited');
      await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
      await dialog.getByRole('textbox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Buyer', exact: true }).click();
      await dialog.getByRole('textbox', { name: 'Department' }).fill('Purchasing');
      await dialog.getByRole('button', { name: 'Create invitation link' }).click();
      const linkBox = dialog.getByRole('textbox', { name: 'Invitation link' });
      await linkBox.waitFor();
      link = await linkBox.inputValue();
      assert.match(link, new RegExp(`^${url('/invitation/')}[\\w-]{16,}$`));
      await dialog.getByText(`Send this link to ${email}`, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Copy link' }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: artifact('50a-invitation-link.png') });
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });

    await withFreshPage('50b-invitation-accepted', async (page) => {
      await page.goto(link);
      await page.getByRole('heading', { name: 'Welcome, Ida Invited' }).waitFor();
      await page.getByText(/invited to the Branchline portal of Acme Industrial/).waitFor();
      await page.getByText(email, { exact: true }).waitFor();
      await page.getByLabel('Password', { exact: true }).fill('too-short');
      await page.getByLabel('Repeat password', { exact: true }).fill('too-short');
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
      await page.getByText('Use at least 10 characters.', { exact: true }).waitFor();
      await page.getByLabel('Password', { exact: true }).fill('invited-password-1');
      await page.getByLabel('Repeat password', { exact: true }).fill('invited-password-2');
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
      await page.getByText('The passwords do not match.').waitFor();
      await page.screenshot({ path: artifact('50b-invitation-form.png'), fullPage: true });
      await page.getByLabel('Repeat password', { exact: true }).fill('invited-password-1');
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
      await waitForPath(page, '/b2b_platform');
      await page.getByRole('heading', { name: 'Welcome, Ida' }).waitFor();
      await page.getByTestId('active-company').filter({ hasText: 'Acme Industrial' }).waitFor();

      // The link is used up: opening it again says so.
      await page.goto(link);
      await page.getByText('This invitation is invalid or has expired.', { exact: false }).waitFor();
      await page.screenshot({ path: artifact('50c-invitation-used.png'), fullPage: true });
    });

    // The new password works for a normal sign-in too.
    await withFreshPage('50d-invited-login', async (page) => {
      await login(page, email, 'invited-password-1');
      await waitForPath(page, '/b2b_platform');
      await page.getByRole('heading', { name: 'Welcome, Ida' }).waitFor();
    });
  });
});
