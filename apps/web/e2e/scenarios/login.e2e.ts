import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { login } from '../support/login';
import { eventually, pathOf, waitForPath } from '../support/page';
import { scenario } from '../support/scenario';
import { url } from '../support/stack';

// What the SPA keeps in localStorage after signing in (null once signed out).
type StoredSession = { accessToken: string; refreshToken: string; expiresAt: number };

describe('login', () => {
  test('the app loads under a strict Content-Security-Policy', () =>
    scenario('00-content-security-policy', async (page) => {
      const response = await page.goto(url('/login'));
      const headers = response?.headers() ?? {};
      assert.match(headers['content-security-policy'] ?? '', /script-src 'self';.*frame-ancestors 'none'/);
      assert.equal(headers['x-content-type-options'], 'nosniff');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    }));

  test('customer logs in and lands on the dashboard', () =>
    scenario('01-customer-dashboard', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.getByRole('heading', { name: 'Welcome, Ben' }).waitFor();
      await page.getByTestId('active-company').filter({ hasText: 'Acme Industrial' }).waitFor();
      const openOrdersKpi = page.getByRole('group', { name: 'Open orders', exact: true });
      await eventually(async () => assert.match(await openOrdersKpi.innerText(), /\d/));
      await page.getByRole('group', { name: 'Orders this year' }).waitFor();
      await page
        .getByRole('link', { name: /Cockpit/ })
        .first()
        .waitFor();
    }));

  test('wrong password shows the error message', async () => {
    await scenario('09-wrong-password', async (page) => {
      await login(page, 'buyer@acme.test', 'not-the-password');
      await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/login');
      const submit = page.getByRole('button', { name: 'Sign in' });
      await eventually(async () => assert.equal(await submit.getAttribute('data-loading'), null));
    });
  });

  test('deep link survives the login, logout ends the session', async () => {
    await scenario('11-return-after-login', async (page) => {
      await page.goto(url('/b2b_platform/orders?status=OPEN'));
      await waitForPath(page, '/login');
      assert.match(pathOf(page), /returnTo=%2Fb2b_platform%2Forders%3Fstatus%3DOPEN/);
      await login(page, 'buyer@acme.test');
      await eventually(() => assert.equal(pathOf(page), '/b2b_platform/orders?status=OPEN'));
      await page.getByRole('table', { name: 'Orders', exact: true }).waitFor();

      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).click();
      await waitForPath(page, '/login');
      await page.goto(url('/b2b_platform/cockpit'));
      await waitForPath(page, '/login');
    });
  });

  test('an expired or rejected access token is refreshed; a dead session returns to login', async () => {
    await scenario('14-token-refresh', async (page) => {
      const refreshes: unknown[] = [];
      page.on('request', (request) => {
        if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
        const body = JSON.parse(request.postData() ?? '{}');
        if (body.operationName === 'RefreshSession') refreshes.push(body);
      });
      const readSession = () =>
        page.evaluate((): StoredSession => JSON.parse(localStorage.getItem('branchline.session') ?? 'null'));
      const writeSession = (session: StoredSession) =>
        page.evaluate((value) => localStorage.setItem('branchline.session', JSON.stringify(value)), session);

      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      const first = await readSession();
      assert.ok(first?.accessToken && first.refreshToken, 'tokens are stored after login');

      // 1. The access token is about to expire: refreshed before the request leaves.
      await writeSession({ ...first, expiresAt: Date.now() - 1000 });
      await page.goto(url('/b2b_platform/cockpit'));
      await page.getByRole('table', { name: 'Orders', exact: true }).waitFor();
      const second = await readSession();
      assert.equal(refreshes.length, 1, 'exactly one refresh for an expired token');
      assert.notEqual(second.refreshToken, first.refreshToken, 'refresh token rotated');
      assert.ok(second.expiresAt > Date.now(), 'new expiry lies ahead');

      // 2. The server refuses the access token (UNAUTHENTICATED): refresh once, retry, page still works.
      await writeSession({ ...second, accessToken: 'not-a-valid-token' });
      await page.goto(url('/b2b_platform/orders'));
      await page.getByRole('table', { name: 'Orders', exact: true }).waitFor();
      const third = await readSession();
      assert.equal(refreshes.length, 2, 'one more refresh for a rejected token');
      assert.notEqual(third.accessToken, 'not-a-valid-token');

      // 3. Neither token works: tokens are dropped and the user lands on the login page, target remembered.
      await writeSession({ ...third, accessToken: 'not-a-valid-token', refreshToken: 'not-a-valid-refresh-token' });
      await page.goto(url('/b2b_platform/orders'));
      await waitForPath(page, '/login');
      assert.match(pathOf(page), /returnTo=%2Fb2b_platform%2Forders/);
      assert.equal(await readSession(), null, 'tokens are cleared');
    });
  });
});
