import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { chooseCompany, login } from '../support/login';
import { eventually, waitForPath } from '../support/page';
import { artifact } from '../support/paths';
import { scenario } from '../support/scenario';
import { resetCompanyChoice } from '../support/setup/account';

describe('company choice', () => {
  test('an employee of two companies switches company', async () => {
    await scenario('12-switch-company', async (page) => {
      await login(page, 'multi@branchline.test');
      await chooseCompany(page, 'Acme Industrial');
      const badge = page.getByTestId('active-company');
      await badge.waitFor();
      const before = (await badge.innerText()).trim();
      const target = before === 'Acme Industrial' ? 'Globex Construction' : 'Acme Industrial';
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: target }).click();
      await eventually(async () => assert.equal((await badge.innerText()).trim(), target));
      await page.getByText(`You are now working for ${target}.`).waitFor();
    });
  });

  test('an employee of two companies without a preferred one chooses the company at login', () =>
    scenario('53-company-chooser', async (page) => {
      await resetCompanyChoice('multi@branchline.test');
      await login(page, 'multi@branchline.test');
      await waitForPath(page, '/choose-company');
      await page.getByRole('heading', { name: 'Choose a company' }).waitFor();
      await page.getByRole('button', { name: 'Acme Industrial' }).waitFor();
      await page.getByRole('button', { name: 'Globex Construction' }).waitFor();
      await page.screenshot({ path: artifact('53a-company-chooser.png'), fullPage: true });
      await page.getByRole('button', { name: 'Globex Construction' }).click();
      await waitForPath(page, '/b2b_platform');
      await page.getByTestId('active-company').filter({ hasText: 'Globex Construction' }).waitFor();
    }));
});
