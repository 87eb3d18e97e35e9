// Small page helpers shared by the scenarios.
import assert from 'node:assert/strict';

import type { Locator, Page } from 'playwright-core';

export const ORDER_NUMBER = /^SO-\d{4}-\d{6}$/;

export async function eventually<T>(
  assertion: () => T | Promise<T>,
  { timeout = 10_000, interval = 150 }: { timeout?: number; interval?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolveSleep) => setTimeout(resolveSleep, interval));
    }
  }
}

export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

export async function waitForPath(page: Page, expected: string): Promise<void> {
  await eventually(() => assert.equal(new URL(page.url()).pathname, expected));
}

export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: /Main navigation|Hauptnavigation/ });
}

export async function firstColumn(table: Locator): Promise<string[]> {
  return (await table.locator('tbody tr td:first-child').allInnerTexts()).map((text) => text.trim());
}

export function parseMoney(text: string): number {
  // en-GB: "€1,234.50"
  return Number(text.replace(/[^\d.-]/g, ''));
}

export function quickSearchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Quick search products' });
}
