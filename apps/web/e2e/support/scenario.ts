// Browser contexts for scenarios: a fresh one per scenario, with a screenshot at its end (or at the failure).
import assert from 'node:assert/strict';

import type { BrowserContext, Page } from 'playwright-core';

import { log } from './log';
import { artifact } from './paths';
import { browser } from './stack';

type Viewport = { width: number; height: number };

// A context of its own: nobody is signed in, nothing is shared with other scenarios.
export function openContext(viewport: Viewport): Promise<BrowserContext> {
  return browser().newContext({ viewport, locale: 'en-GB' });
}

export async function scenario(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await openContext({ width: 1440, height: 900 });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    log(`[${name}] console error: ${message.text()}`);
    // The app must work under the Content-Security-Policy of the preview server (security-headers.ts).
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  let failed = false;
  try {
    await body(page);
    assert.deepEqual(pageErrors, [], 'uncaught errors in the page');
    assert.deepEqual(policyViolations, [], 'Content-Security-Policy violations');
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await page
      .screenshot({ path: artifact(`${failed ? 'FAILED-' : ''}${name}.png`), fullPage: true })
      .catch(() => undefined);
    await context.close();
  }
}

// A browser of its own (nobody signed in), for links opened by "someone else".
export async function withFreshPage(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await openContext({ width: 1280, height: 860 });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    await body(page);
  } finally {
    await page.screenshot({ path: artifact(`${name}.png`), fullPage: true }).catch(() => undefined);
    await context.close();
  }
}
