// One API, one preview server and one Chromium per run, shared by every scenario file.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, chromium } from 'playwright-core';

import { prepareEmbeddedDatabase, prepareExternalDatabase } from './database';
import { log } from './log';
import { artifactsDir, repoRoot, webDir } from './paths';
import { freePort, run, start, stopAll, waitForOk } from './processes';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Stack = { baseUrl: string; browser: Browser };

let running: Stack | undefined;

function viteBin(): string {
  // vite's package exports do not expose its bin, so go through the workspace link.
  return join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');
}

function ensureBuilds(): void {
  if (!existsSync(join(webDir, 'dist', 'index.html'))) {
    run(process.execPath, [viteBin(), 'build'], { cwd: webDir });
  }
  if (!existsSync(join(repoRoot, 'apps', 'api', 'dist', 'main.js'))) {
    run('pnpm', ['--filter', '@branchline/api', 'build'], { cwd: repoRoot });
  }
}

export async function startStack(): Promise<void> {
  // Screenshots of an earlier run would mislead whoever looks at this one.
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  ensureBuilds();

  const databaseEnv = process.env.DATABASE_URL
    ? await prepareExternalDatabase(process.env.DATABASE_URL)
    : await prepareEmbeddedDatabase();

  const apiPort = await freePort(Number(process.env.E2E_API_PORT ?? 3100));
  const api = start('api', process.execPath, ['apps/api/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, ...databaseEnv, PORT: String(apiPort), HOST: '127.0.0.1', NODE_ENV: 'test' },
  });
  log(`API starting on port ${apiPort}`);
  await waitForOk(`http://127.0.0.1:${apiPort}/health`, 120_000, api);
  log('API healthy');

  const webPort = await freePort(Number(process.env.E2E_WEB_PORT ?? 4180));
  const preview = start(
    'preview',
    process.execPath,
    [viteBin(), 'preview', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'],
    { cwd: webDir, env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` } },
  );
  const baseUrl = `http://127.0.0.1:${webPort}`;
  await waitForOk(`${baseUrl}/`, 30_000, preview);
  await waitForOk(`${baseUrl}/health`, 10_000, preview);
  log(`SPA served at ${baseUrl}`);

  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  running = { baseUrl, browser };
}

export async function stopStack(): Promise<void> {
  await running?.browser.close().catch(() => undefined);
  running = undefined;
  await stopAll();
}

function stack(): Stack {
  if (!running) throw new Error('The e2e stack is not running: start scenario files through e2e/run.ts.');
  return running;
}

export function browser(): Browser {
  return stack().browser;
}

// An address of the SPA (the preview server also proxies /graphql to the API).
export function url(path = ''): string {
  return `${stack().baseUrl}${path}`;
}
