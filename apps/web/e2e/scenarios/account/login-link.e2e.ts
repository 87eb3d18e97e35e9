import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { E2eLoginLinkResetDocument } from '@branchline/graphql-types';

import { gql } from '../../support/api';
import { login } from '../../support/login';
import { eventually, nav, waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { scenario, withFreshPage } from '../../support/scenario';
import { optOutOfLoginLink } from '../../support/setup/account';
import { setLoginLinksEnabled } from '../../support/setup/portal-settings';
import { url } from '../../support/stack';

describe('individual login links', () => {
  test('a buyer opts in to a login link, signs in with it elsewhere, and a regenerated link ends the old one', async () => {
    // Login links are off until the operator enables them; the buyer starts without one.
    await setLoginLinksEnabled(true);
    await optOutOfLoginLink('buyer@globex.test');
    let firstLink = '';
    await scenario('52-login-link', async (page) => {
      await login(page, 'buyer@globex.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Account' }).click();
      await waitForPath(page, '/b2b_platform/account');
      const card = page.getByRole('region', { name: 'Individual login link' });
      await card.waitFor();
      const wish = card.getByRole('switch', { name: 'Yes, I want an individual login link' });
      assert.equal(await wish.isChecked(), false);
      await wish.check();
      await card.getByRole('button', { name: 'Generate link' }).click();
      const linkBox = card.getByRole('textbox', { name: 'Login link' });
      await linkBox.waitFor();
      firstLink = await linkBox.inputValue();
      assert.match(firstLink, new RegExp(`^${url('/login-link/')}[\\w-]{16,}$`));
      await card.getByText('Link active').waitFor();
      // Clicks scrolled the page; a full-page shot from the top keeps the fixed header where it belongs.
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: artifact('52a-login-link-card.png'), fullPage: true });

      await withFreshPage('52b-signed-in-by-link', async (other) => {
        await other.goto(firstLink);
        await waitForPath(other, '/b2b_platform');
        await other.getByTestId('active-company').filter({ hasText: 'Globex Construction' }).waitFor();
      });

      // Regenerating revokes the first link.
      await card.getByRole('button', { name: 'Generate new link (the old one stops working)' }).click();
      await eventually(async () => assert.notEqual(await linkBox.inputValue(), firstLink));
      const secondLink = await linkBox.inputValue();

      await withFreshPage('52d-new-login-link', async (other) => {
        await other.goto(firstLink);
        await other.getByRole('heading', { name: 'Login link not valid' }).waitFor();
        await other.screenshot({ path: artifact('52c-old-login-link-error.png') });
        await other.getByRole('link', { name: 'Sign in with password' }).click();
        await waitForPath(other, '/login');
        await other.goto(secondLink);
        await waitForPath(other, '/b2b_platform');
      });

      // Opting out again deletes the link, leaving the demo user as the seed made it.
      await wish.uncheck();
      await eventually(async () => {
        const { me } = await gql('buyer@globex.test', E2eLoginLinkResetDocument);
        assert.deepEqual(me, { wantsLoginLink: false, hasLoginLink: false });
      });
    });
  });
});
