import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../../support/login';
import { eventually, nav, waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { openContext, scenario } from '../../support/scenario';
import { url } from '../../support/stack';

describe('user sessions', () => {
  test('a user ends another session on the sessions page; that browser returns to the login page', async () => {
    const otherContext = await openContext({ width: 1280, height: 800 });
    try {
      const other = await otherContext.newPage();
      await login(other, 'finance@acme.test');
      await waitForPath(other, '/b2b_platform');

      await scenario('41-sessions', async (page) => {
        await login(page, 'finance@acme.test');
        await waitForPath(page, '/b2b_platform');
        await nav(page).getByRole('link', { name: 'User sessions' }).click();
        await waitForPath(page, '/b2b_platform/sessions');
        const table = page.getByRole('table', { name: 'Sessions' });
        const rows = table.getByTestId('session-row');
        await eventually(async () => assert.ok((await rows.count()) >= 2, 'both browsers are listed'));
        const current = table.locator('[data-current]');
        await current.getByText('This device').waitFor();
        assert.match(await current.innerText(), /Chrome \d+ · Linux/);
        assert.match(await current.innerText(), /Acme Industrial/);
        await page.screenshot({ path: artifact('41a-sessions.png'), fullPage: true });

        const before = await rows.count();
        await table
          .locator('[data-testid="session-row"]:not([data-current])')
          .first()
          .getByRole('button', { name: /^End session on / })
          .click();
        await page.getByText('The session was ended.').waitFor();
        await eventually(async () => assert.equal(await rows.count(), before - 1));

        // The other browser's next navigation finds its session gone.
        await other.goto(url('/b2b_platform/orders'));
        await waitForPath(other, '/login');

        // Ending this device's own session signs out here too.
        await current.getByRole('button', { name: 'End this session and sign out' }).click();
        await page
          .getByRole('dialog', { name: 'End this session?' })
          .getByRole('button', { name: 'End and sign out' })
          .click();
        await waitForPath(page, '/login');
      });
    } finally {
      await otherContext.close();
    }
  });
});
