import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { E2ePortalSettingsDocument } from '@branchline/graphql-types';

import { gql } from '../support/api';
import { login } from '../support/login';
import { nav, waitForPath } from '../support/page';
import { artifact } from '../support/paths';
import { scenario } from '../support/scenario';
import { setLoginLinksEnabled } from '../support/setup/portal-settings';

describe('portal settings', () => {
  test('the operator switches individual login links on in the portal settings', () =>
    scenario('51-portal-settings', async (page) => {
      // As seeded (another scenario may have switched them on): off, so the switch below turns them on.
      await setLoginLinksEnabled(false);
      await login(page, 'operator@branchline.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Settings' }).click();
      await waitForPath(page, '/b2b_platform/settings');
      await page.getByRole('heading', { name: 'Portal settings', level: 1 }).waitFor();
      const toggle = page.getByRole('switch', { name: 'Individual login links' });
      await toggle.check();
      assert.equal(
        await page.getByRole('textbox', { name: 'Default login target' }).inputValue(),
        'Dashboard (default)',
      );
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('The portal settings were saved.').waitFor();
      await page.screenshot({ path: artifact('51a-portal-settings.png'), fullPage: true });
      const { portalSettings } = await gql('operator@branchline.test', E2ePortalSettingsDocument);
      assert.equal(portalSettings.loginLinksEnabled, true);
    }));
});
