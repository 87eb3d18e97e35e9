import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(webDir, '../..');
export const e2eDir = join(webDir, 'e2e');
export const artifactsDir = join(e2eDir, 'artifacts');

// Where a screenshot or a log of this run goes.
export function artifact(fileName: string): string {
  return join(artifactsDir, fileName);
}
