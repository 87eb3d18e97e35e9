// Browser tests: the built SPA (vite preview) against a real API on a fresh database, driven by Debian's Chromium.
// One process, one stack for every scenario file; scenario files run one after another, in path order.
//   pnpm --filter @branchline/web test:e2e                                every scenario file
//   pnpm --filter @branchline/web test:e2e scenarios/catalog.e2e.ts       only these files (paths under e2e/)
//   cd apps/web && node --import tsx --test-name-pattern="reorder" e2e/run.ts   only tests whose name matches
// DATABASE_URL set: uses database branchline_e2e on that server; otherwise an embedded PostgreSQL.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { pathToFileURL } from 'node:url';

import { log } from './support/log';
import { e2eDir } from './support/paths';
import { stopAll } from './support/processes';
import { startStack, stopStack } from './support/stack';
import { slowest, testEnded, testStarted } from './support/timings';

const scenariosDir = join(e2eDir, 'scenarios');

function allScenarioFiles(): string[] {
  return readdirSync(scenariosDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.e2e.ts'))
    .map((file) => join(scenariosDir, file))
    .sort();
}

// Paths on the command line are taken relative to e2e/ (or the current directory, if they exist there).
function chosenFiles(args: string[]): string[] {
  const wanted = args.filter((arg) => arg !== '--');
  if (!wanted.length) return allScenarioFiles();
  const files = allScenarioFiles();
  return wanted.map((arg) => {
    const candidates = [resolve(arg), resolve(e2eDir, arg)];
    const match = files.find((file) => candidates.includes(file));
    if (!match) throw new Error(`${arg} is not a scenario file (e2e/scenarios/**/*.e2e.ts)`);
    return match;
  });
}

before(startStack, { timeout: 300_000 });
beforeEach((t) => testStarted(t.name));
afterEach((t) => testEnded(t.name));
after(async () => {
  await stopStack();
  log('slowest tests:');
  for (const { name, ms } of slowest(5)) log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
});

const files = chosenFiles(process.argv.slice(2));
log(`scenario files: ${files.map((file) => relative(e2eDir, file)).join(', ')}`);
for (const file of files) await import(pathToFileURL(file).href);

// Ctrl-C must not leave an API or a database behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}
