import type { Page } from 'playwright-core';

import { waitForPath } from './page';
import { url } from './stack';

// Every demo account has this password.
export const PASSWORD = 'branchline';

export async function login(page: Page, email: string, password = PASSWORD): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/login')) await page.goto(url('/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// Users of several companies without a preferred one pick the company right after signing in.
export async function chooseCompany(page: Page, company: string): Promise<void> {
  await waitForPath(page, '/choose-company');
  await page.getByRole('button', { name: company }).click();
  await waitForPath(page, '/b2b_platform');
}
