// Browser tests: the built SPA (vite preview) against a real API on a fresh database, driven by Debian's Chromium.
// Run: pnpm --filter @branchline/web test:e2e   (DATABASE_URL set: uses database branchline_e2e on that server)
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webDir, '../..');
const artifactsDir = join(webDir, 'e2e', 'artifacts');
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
const E2E_DATABASE = 'branchline_e2e';
const PASSWORD = 'branchline';
const ORDER_NUMBER = /^SO-\d{4}-\d{6}$/;

const children = [];
let browser;
let baseUrl;
// An order number read from the table, reused by later scenarios.
let pickedNumber;

// ---------- process helpers ----------

function log(message) {
  process.stdout.write(`# ${message}\n`);
}

function run(command, args, options) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const { port: actual } = server.address();
        server.close(() => resolvePort(actual));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

function start(name, command, args, options) {
  const logFile = createWriteStream(join(artifactsDir, `${name}.log`));
  // Own process group, so stopping it also stops whatever it spawned.
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(logFile);
  child.stderr.pipe(logFile);
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  const entry = { name, child, exited, stopped: false };
  children.push(entry);
  exited.then(({ code, signal }) => {
    if (!entry.stopped) log(`${name} exited early (code ${code}, signal ${signal}); see e2e/artifacts/${name}.log`);
  });
  return entry;
}

async function stop(entry) {
  if (entry.stopped || entry.child.exitCode !== null || entry.child.signalCode !== null) return;
  entry.stopped = true;
  // SIGTERM first: the API then shuts its embedded Postgres down cleanly.
  try {
    process.kill(entry.child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), 15_000));
  if ((await Promise.race([entry.exited, timeout])) === 'timeout') {
    log(`${entry.name} did not stop in time, killing its process group`);
  }
  try {
    process.kill(-entry.child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function stopAll() {
  for (const entry of [...children].reverse()) await stop(entry);
}

async function waitForOk(url, timeoutMs, entry) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (entry && entry.child.exitCode !== null) throw new Error(`${entry.name} exited before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.message;
    }
    await new Promise((resolveSleep) => setTimeout(resolveSleep, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (${lastError})`);
}

// ---------- environment ----------

function viteBin() {
  // vite's package exports do not expose its bin, so go through the workspace link.
  return join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');
}

function ensureBuilds() {
  if (!existsSync(join(webDir, 'dist', 'index.html'))) {
    const vite = viteBin();
    run(process.execPath, [vite, 'build'], { cwd: webDir });
  }
  if (!existsSync(join(repoRoot, 'apps', 'api', 'dist', 'main.js'))) {
    run('pnpm', ['--filter', '@branchline/api', 'build'], { cwd: repoRoot });
  }
}

async function prepareExternalDatabase(databaseUrl) {
  const pg = createRequire(join(repoRoot, 'apps', 'api', 'package.json'))('pg');
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  const e2eUrl = new URL(databaseUrl);
  e2eUrl.pathname = `/${E2E_DATABASE}`;
  log(`database: ${E2E_DATABASE} on ${e2eUrl.host} (dropped first; the API creates, migrates and seeds it)`);
  return { DATABASE_URL: e2eUrl.toString() };
}

async function prepareEmbeddedDatabase() {
  const dataDir = join(repoRoot, '.data', 'postgres-e2e');
  // A server left running by a killed run would hold the directory we are about to wipe.
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      if (pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) {
        log(`stopping a stale embedded PostgreSQL (pid ${pid})`);
        process.kill(pid, 'SIGTERM');
        const deadline = Date.now() + 10_000;
        while (existsSync(`/proc/${pid}`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      }
    } catch {
      // not running
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort(54331);
  log(`database: embedded PostgreSQL in ${dataDir} on port ${port} (fresh)`);
  return { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port), DATABASE_URL: '' };
}

async function startStack() {
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
  const vite = viteBin();
  const preview = start(
    'preview',
    process.execPath,
    [vite, 'preview', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'],
    { cwd: webDir, env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` } },
  );
  baseUrl = `http://127.0.0.1:${webPort}`;
  await waitForOk(`${baseUrl}/`, 30_000, preview);
  await waitForOk(`${baseUrl}/health`, 10_000, preview);
  log(`SPA served at ${baseUrl}`);

  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

// ---------- browser helpers ----------

async function eventually(assertion, { timeout = 10_000, interval = 150 } = {}) {
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

// One fresh browser context per scenario, a screenshot at its end (or at the failure).
async function scenario(name, body) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`[${name}] console error: ${message.text()}`);
  });
  let failed = false;
  try {
    await body(page);
    assert.deepEqual(pageErrors, [], 'uncaught errors in the page');
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await page
      .screenshot({ path: join(artifactsDir, `${failed ? 'FAILED-' : ''}${name}.png`), fullPage: true })
      .catch(() => undefined);
    await context.close();
  }
}

async function login(page, email, password = PASSWORD) {
  if (!new URL(page.url()).pathname.startsWith('/login')) await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

function pathOf(page) {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

async function waitForPath(page, expected) {
  await eventually(() => assert.equal(new URL(page.url()).pathname, expected));
}

// Users of several companies without a preferred one pick the company right after signing in.
async function chooseCompany(page, company) {
  await waitForPath(page, '/choose-company');
  await page.getByRole('button', { name: company }).click();
  await waitForPath(page, '/b2b_platform');
}

function nav(page) {
  return page.getByRole('navigation', { name: /Main navigation|Hauptnavigation/ });
}

async function firstColumn(table) {
  return (await table.locator('tbody tr td:first-child').allInnerTexts()).map((text) => text.trim());
}

function parseMoney(text) {
  // en-GB: "€1,234.50"
  return Number(text.replace(/[^\d.-]/g, ''));
}


// GraphQL straight to the API (through the preview proxy), to look up fixtures the browser scenarios need.
async function gql(email, query, variables = {}) {
  const post = async (body, token) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    if (json.errors) throw new Error(`GraphQL: ${JSON.stringify(json.errors)}`);
    return json.data;
  };
  const { login: session } = await post({
    query: 'mutation E2eLogin($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: { input: { email, password: PASSWORD } },
  });
  return post({ query, variables }, session.accessToken);
}

// Fixtures for the catalog scenarios, looked up once: a typo-found product with an Acme contract price,
// one of Acme's own numbers, and a product Acme sees but Globex (restricted assortment) does not.
let catalogFixtures;
async function catalogFixturesFor() {
  if (catalogFixtures) return catalogFixtures;
  const { quickSearch } = await gql(
    'buyer@acme.test',
    `query E2eQuickSearch($query: String!) {
      quickSearch(query: $query, first: 8) { product { id sku name price { source listPrice { amount } } } }
    }`,
    { query: 'claw hamer' },
  );
  const contractIndex = quickSearch.findIndex((hit) => hit.product.price.source === 'CONTRACT');
  assert.ok(contractIndex >= 0, 'a claw hammer has an Acme contract price');
  const { customerProductNumbers } = await gql(
    'buyer@acme.test',
    'query E2eOwnNumbers { customerProductNumbers(first: 1) { edges { node { number product { id name } } } } }',
  );
  const ownNumber = customerProductNumbers.edges[0].node;
  const { categories } = await gql('buyer@acme.test', 'query E2eCategories { categories { id slug } }');
  const electrical = categories.find((category) => category.slug === 'electrical');
  const { products } = await gql(
    'buyer@acme.test',
    'query E2eElectrical($categoryId: ID!) { products(first: 1, filter: { categoryId: $categoryId }) { edges { node { id name } } } }',
    { categoryId: electrical.id },
  );
  catalogFixtures = {
    contractIndex,
    contractProduct: quickSearch[contractIndex].product,
    ownNumber,
    acmeOnlyProduct: products.edges[0].node,
  };
  return catalogFixtures;
}

// Fixtures for the buying scenarios: orderable products with their smallest valid quantity, and a cost center.
let orderFixtures;
async function orderFixturesFor() {
  if (orderFixtures) return orderFixtures;
  const { products } = await gql(
    'buyer@acme.test',
    `query E2eOrderable { products(first: 20, filter: { onlyAvailable: true }) {
      edges { node { id sku name packSize minQuantity } } } }`,
  );
  const orderable = products.edges
    .map((edge) => edge.node)
    .map((product) => ({ ...product, quantity: Math.ceil(product.minQuantity / product.packSize) * product.packSize }));
  assert.ok(orderable.length >= 2, 'two orderable products');
  const { costCenters } = await gql(
    'buyer@acme.test',
    'query E2eCostCenters { costCenters(first: 10, filter: { active: true }) { edges { node { id code name } } } }',
  );
  const centers = costCenters.edges.map((edge) => edge.node);
  assert.ok(centers.length > 0, 'Acme has an active cost center');
  orderFixtures = { first: orderable[0], second: orderable[1], costCenter: centers[centers.length - 1] };
  return orderFixtures;
}

// The order placed by the checkout scenario, reordered by the next one.
let placedOrder;

function quickSearchBox(page) {
  return page.getByRole('combobox', { name: 'Quick search products' });
}

// ---------- scenarios ----------

describe('Branchline SPA', { concurrency: false }, () => {
  before(startStack, { timeout: 300_000 });
  after(async () => {
    await browser?.close().catch(() => undefined);
    await stopAll();
  });

  test('customer logs in and lands on the dashboard', () =>
    scenario('01-customer-dashboard', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.getByRole('heading', { name: 'Welcome, Ben' }).waitFor();
      await page.getByTestId('active-company').filter({ hasText: 'Acme Industrial' }).waitFor();
      const openOrdersKpi = page.getByRole('group', { name: 'Open orders', exact: true });
      await eventually(async () => assert.match(await openOrdersKpi.innerText(), /\d/));
      await page.getByRole('group', { name: 'Orders this year' }).waitFor();
      await page.getByRole('link', { name: /Cockpit/ }).first().waitFor();
    }));

  test('customer sees open orders and the order table in the cockpit', () =>
    scenario('02-customer-cockpit', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Cockpit' }).click();
      await waitForPath(page, '/b2b_platform/cockpit');
      await page.getByRole('heading', { name: 'Cockpit', level: 1 }).waitFor();

      const openOrders = page.getByRole('table', { name: 'Open orders' });
      await openOrders.waitFor();
      const openNumbers = await firstColumn(openOrders);
      assert.ok(openNumbers.length > 0 && openNumbers.length <= 5, `open orders shown: ${openNumbers.length}`);
      for (const number of openNumbers) assert.match(number, ORDER_NUMBER);

      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await orders.waitFor();
      const numbers = await eventually(async () => {
        const values = await firstColumn(orders);
        assert.equal(values.length, 20, 'first page holds 20 orders');
        return values;
      });
      for (const number of numbers) assert.match(number, ORDER_NUMBER);
      await page.getByText(/Showing 20 of \d+ orders/).waitFor();
      await page.getByTestId('orders-this-year').waitFor();
      await page.getByText('Order lists are not available yet.').waitFor();
      pickedNumber = numbers[3];
    }));

  test('customer filters orders by status', () =>
    scenario('03-customer-status-filter', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(`${baseUrl}/b2b_platform/cockpit`);
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await orders.waitFor();
      await page.getByRole('textbox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Cancelled' }).click();
      await page.keyboard.press('Escape');
      await eventually(async () => {
        assert.match(pathOf(page), /status=CANCELLED/);
        // textContent: the badge upper-cases its label with CSS only.
        const statuses = (await orders.locator('tbody tr td:nth-child(3)').allTextContents()).map((s) => s.trim());
        assert.ok(statuses.length > 0, 'some cancelled orders exist');
        assert.deepEqual([...new Set(statuses)], ['Cancelled']);
      });
    }));

  test('customer searches an order number and opens its detail', () =>
    scenario('04-customer-search-and-detail', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Cockpit' }).click();
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await orders.waitFor();
      const number = pickedNumber ?? (await eventually(async () => (await firstColumn(orders))[3]));
      assert.match(number, ORDER_NUMBER);
      await page.getByRole('searchbox', { name: 'Search order number' }).fill(number);
      await eventually(async () => assert.deepEqual(await firstColumn(orders), [number]));
      assert.match(pathOf(page), new RegExp(`q=${number}`));

      await orders.getByRole('link', { name: number, exact: true }).click();
      await eventually(() => assert.match(new URL(page.url()).pathname, /^\/b2b_platform\/orders\/[0-9a-f-]{36}$/));
      await page.getByRole('heading', { name: `Order ${number}` }).waitFor();
      const lines = page.getByRole('table', { name: 'Order items' });
      await lines.waitFor();
      const lineCount = await lines.locator('tbody tr').count();
      assert.ok(lineCount > 0, 'order has lines');
      const skus = await lines.locator('tbody tr td:nth-child(2)').allInnerTexts();
      assert.ok(skus.every((sku) => sku.trim().length > 0), 'every line shows a SKU');
      await page.getByTestId('order-gross-total').waitFor();
      await page.screenshot({ path: join(artifactsDir, '04-customer-order-detail.png'), fullPage: true });

      // Back returns to the list with the search still applied (it lives in the URL).
      await page.getByRole('button', { name: 'Back to orders' }).click();
      await waitForPath(page, '/b2b_platform/cockpit');
      assert.equal(await page.getByRole('searchbox', { name: 'Search order number' }).inputValue(), number);
    }));

  test('customer pages and sorts the order list', () =>
    scenario('05-customer-orders-sort-and-paging', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Orders' }).click();
      await waitForPath(page, '/b2b_platform/orders');
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await eventually(async () => assert.equal((await firstColumn(orders)).length, 20));
      await page.getByRole('button', { name: 'Load more' }).click();
      await eventually(async () => assert.equal((await firstColumn(orders)).length, 40));
      await page.getByText(/Showing 40 of \d+ orders/).waitFor();

      await page.getByRole('button', { name: 'Sort by Total' }).click();
      await eventually(async () => {
        assert.match(pathOf(page), /sort=GROSS_TOTAL\.DESC/);
        const totals = (await orders.locator('tbody tr td:nth-child(7)').allInnerTexts()).map(parseMoney);
        assert.equal(totals.length, 20);
        for (let i = 1; i < totals.length; i += 1) assert.ok(totals[i - 1] >= totals[i], `descending at ${i}`);
      });
    }));

  test('an unknown order shows "Order not found"', () =>
    scenario('06-customer-order-not-found', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(`${baseUrl}/b2b_platform/orders/00000000-0000-4000-8000-000000000000`);
      await page.getByRole('heading', { name: 'Order not found' }).waitFor();
    }));

  test('sales rep sees only assigned customers', async () => {
    await scenario('07-rep-customers', async (page) => {
      await login(page, 'rep@branchline.test');
      await waitForPath(page, '/b2b_platform/customers');
      const customers = page.getByRole('table', { name: 'Customers' });
      await customers.getByText('Acme Industrial').waitFor();
      const text = await customers.innerText();
      assert.ok(!text.includes('Globex Construction'), 'Globex is not assigned to this rep');
      await nav(page).getByRole('link', { name: 'Fast order' }).waitFor();
      const loginAs = page.getByRole('button', { name: 'Log in as an employee of Acme Industrial' });
      assert.equal(await loginAs.isDisabled(), true, 'impersonation is not built yet');
      // The demo rep serves one private (B2C) customer: exactly that row is flagged.
      const b2cRow = customers.getByRole('row', { name: /Maria Keller/ });
      await b2cRow.getByTestId('b2c-flag').waitFor();
      assert.equal(await page.getByTestId('b2c-flag').count(), 1);

      await page.getByRole('searchbox', { name: 'Search customers' }).fill('Globex');
      await page.getByText('No customers found.').waitFor();
      await page.getByRole('searchbox', { name: 'Search customers' }).fill('');
      await customers.getByText('Acme Industrial').waitFor();
    });
  });

  test('supervisor sees every customer and the B2C flag', async () => {
    await scenario('08-supervisor-customers', async (page) => {
      await login(page, 'supervisor@branchline.test');
      await waitForPath(page, '/b2b_platform/customers');
      const customers = page.getByRole('table', { name: 'Customers' });
      await customers.getByText('Globex Construction').waitFor();
      await customers.getByText('Acme Industrial').waitFor();
      const b2cRow = customers.locator('tbody tr').filter({ hasText: '(private)' });
      const flag = b2cRow.getByTestId('b2c-flag');
      await flag.waitFor();
      assert.equal(await page.getByTestId('b2c-flag').count(), 1, 'only the B2C customer is flagged');
      await flag.hover();
      await page.getByRole('tooltip', { name: 'B2C customers cannot be logged into' }).waitFor();
    });
  });

  test('wrong password shows the error message', async () => {
    await scenario('09-wrong-password', async (page) => {
      await login(page, 'buyer@acme.test', 'not-the-password');
      await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/login');
      const submit = page.getByRole('button', { name: 'Sign in' });
      await eventually(async () => assert.equal(await submit.getAttribute('data-loading'), null));
    });
  });

  test('language switch to German translates the navigation', async () => {
    await scenario('10-german', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Orders' }).waitFor();
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Deutsch' }).click();
      await nav(page).getByRole('link', { name: 'Bestellungen' }).waitFor();
      await nav(page).getByRole('link', { name: 'Übersicht' }).waitFor();
      assert.equal(await nav(page).getByRole('link', { name: 'Orders' }).count(), 0);
      await page.getByRole('heading', { name: 'Willkommen, Ben' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');
      await nav(page).getByRole('link', { name: 'Cockpit' }).click();
      const orders = page.getByRole('table', { name: 'Bestellungen', exact: true });
      await eventually(async () => assert.equal((await firstColumn(orders)).length, 20));
      // German money format: "1.234,56 €"
      assert.match(await orders.locator('tbody tr td:nth-child(7)').first().innerText(), /\d,\d{2}\s€/);
    });
  });

  test('deep link survives the login, logout ends the session', async () => {
    await scenario('11-return-after-login', async (page) => {
      await page.goto(`${baseUrl}/b2b_platform/orders?status=OPEN`);
      await waitForPath(page, '/login');
      assert.match(pathOf(page), /returnTo=%2Fb2b_platform%2Forders%3Fstatus%3DOPEN/);
      await login(page, 'buyer@acme.test');
      await eventually(() => assert.equal(pathOf(page), '/b2b_platform/orders?status=OPEN'));
      await page.getByRole('table', { name: 'Orders', exact: true }).waitFor();

      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).click();
      await waitForPath(page, '/login');
      await page.goto(`${baseUrl}/b2b_platform/cockpit`);
      await waitForPath(page, '/login');
    });
  });

  test('an employee of two companies switches company', async () => {
    await scenario('12-switch-company', async (page) => {
      await login(page, 'multi@branchline.test');
      await chooseCompany(page, 'Acme Industrial');
      const badge = page.getByTestId('active-company');
      await badge.waitFor();
      const before = (await badge.innerText()).trim();
      const target = before === 'Acme Industrial' ? 'Globex Construction' : 'Acme Industrial';
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: target }).click();
      await eventually(async () => assert.equal((await badge.innerText()).trim(), target));
      await page.getByText(`You are now working for ${target}.`).waitFor();
    });
  });

  test('an expired or rejected access token is refreshed; a dead session returns to login', async () => {
    await scenario('14-token-refresh', async (page) => {
      const refreshes = [];
      page.on('request', (request) => {
        if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
        const body = JSON.parse(request.postData() ?? '{}');
        if (body.operationName === 'RefreshSession') refreshes.push(body);
      });
      const readSession = () => page.evaluate(() => JSON.parse(localStorage.getItem('branchline.session') ?? 'null'));
      const writeSession = (session) =>
        page.evaluate((value) => localStorage.setItem('branchline.session', JSON.stringify(value)), session);

      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      const first = await readSession();
      assert.ok(first?.accessToken && first.refreshToken, 'tokens are stored after login');

      // 1. The access token is about to expire: refreshed before the request leaves.
      await writeSession({ ...first, expiresAt: Date.now() - 1000 });
      await page.goto(`${baseUrl}/b2b_platform/cockpit`);
      await page.getByRole('table', { name: 'Orders', exact: true }).waitFor();
      const second = await readSession();
      assert.equal(refreshes.length, 1, 'exactly one refresh for an expired token');
      assert.notEqual(second.refreshToken, first.refreshToken, 'refresh token rotated');
      assert.ok(second.expiresAt > Date.now(), 'new expiry lies ahead');

      // 2. The server refuses the access token (UNAUTHENTICATED): refresh once, retry, page still works.
      await writeSession({ ...second, accessToken: 'not-a-valid-token' });
      await page.goto(`${baseUrl}/b2b_platform/orders`);
      await page.getByRole('table', { name: 'Orders', exact: true }).waitFor();
      const third = await readSession();
      assert.equal(refreshes.length, 2, 'one more refresh for a rejected token');
      assert.notEqual(third.accessToken, 'not-a-valid-token');

      // 3. Neither token works: tokens are dropped and the user lands on the login page, target remembered.
      await writeSession({ ...third, accessToken: 'not-a-valid-token', refreshToken: 'not-a-valid-refresh-token' });
      await page.goto(`${baseUrl}/b2b_platform/orders`);
      await waitForPath(page, '/login');
      assert.match(pathOf(page), /returnTo=%2Fb2b_platform%2Forders/);
      assert.equal(await readSession(), null, 'tokens are cleared');
    });
  });

  test('customer browses the catalog by category with paging', () =>
    scenario('15-products-browse', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Products', exact: true }).click();
      await waitForPath(page, '/b2b_platform/products');
      const products = page.getByRole('table', { name: 'Products' });
      await eventually(async () => assert.equal(await products.locator('tbody tr').count(), 25));
      const categories = page.getByRole('navigation', { name: 'Categories' });
      await categories.getByRole('button', { name: /^Tools/ }).click();
      await categories.getByRole('button', { name: /^Hand tools/ }).waitFor();
      await eventually(async () => {
        assert.match(pathOf(page), /category=/);
        await page.getByText(/Showing 25 of 117 products/).waitFor({ timeout: 500 });
      });
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.getByText(/Showing 50 of 117 products/).waitFor();
      await page.getByRole('button', { name: 'Sort by Price' }).click();
      await eventually(() => assert.match(pathOf(page), /sort=LIST_PRICE\.ASC/));
      // The switch reflects the URL, which updates a tick after the click; so click and watch the URL.
      await page.getByRole('switch', { name: 'Only available products' }).click();
      await eventually(() => assert.match(pathOf(page), /available=1/));
      await products.locator('tbody tr').first().waitFor();
    }));

  test('customer finds a product by a typo in the quick search and sees the contract price', () =>
    scenario('16-quick-search-typo-contract-price', async (page) => {
      const { contractIndex, contractProduct } = await catalogFixturesFor();
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      const search = quickSearchBox(page);
      await search.fill('claw hamer');
      const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
      await eventually(async () => assert.ok((await options.count()) > contractIndex, 'hits are listed'));
      assert.match(await options.first().innerText(), /Claw hammer/);
      await page.screenshot({ path: join(artifactsDir, '16-quick-search-dropdown.png') });
      // Keyboard only: arrow down to the contract-priced hit, Enter opens it.
      for (let i = 0; i <= contractIndex; i += 1) await search.press('ArrowDown');
      await search.press('Enter');
      await waitForPath(page, `/b2b_platform/products/${contractProduct.id}`);
      await page.getByRole('heading', { name: contractProduct.name, level: 1 }).waitFor();
      const priceBox = page.getByTestId('price-box');
      await priceBox.getByText('Contract price', { exact: true }).waitFor();
      await priceBox.getByTestId('list-price').waitFor();
      assert.ok(parseMoney(await priceBox.getByTestId('unit-price').innerText()) < Number(contractProduct.price.listPrice.amount));
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByText(`× ${contractProduct.name} added to the cart.`).waitFor();
    }));

  test("customer finds a product by the company's own number", () =>
    scenario('17-quick-search-own-number', async (page) => {
      const { ownNumber } = await catalogFixturesFor();
      assert.match(ownNumber.number, /^ACME-4711-/);
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await quickSearchBox(page).fill(ownNumber.number);
      const option = page.getByRole('option', { name: ownNumber.product.name });
      await option.waitFor();
      await option.getByText('Own number match').waitFor();
      await option.click();
      await waitForPath(page, `/b2b_platform/products/${ownNumber.product.id}`);
      await page.getByTestId('own-number-value').filter({ hasText: ownNumber.number }).waitFor();
      // A buyer may not manage numbers: no edit controls.
      assert.equal(await page.getByRole('button', { name: `Change ${ownNumber.number}` }).count(), 0);
    }));

  test('a viewer without "see special conditions" gets the list price', () =>
    scenario('18-viewer-list-price', async (page) => {
      const { contractProduct } = await catalogFixturesFor();
      await login(page, 'viewer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(`${baseUrl}/b2b_platform/products/${contractProduct.id}`);
      await page.getByRole('heading', { name: contractProduct.name, level: 1 }).waitFor();
      const priceBox = page.getByTestId('price-box');
      await priceBox.getByTestId('unit-price').waitFor();
      assert.equal(parseMoney(await priceBox.getByTestId('unit-price').innerText()), Number(contractProduct.price.listPrice.amount));
      assert.equal(await page.getByTestId('price-source-badge').count(), 0, 'no contract badge for the viewer');
      // Own numbers are readable but not editable for the viewer.
      await nav(page).getByRole('link', { name: 'My product numbers' }).click();
      await page.getByRole('table', { name: 'My product numbers' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Add number' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /^Delete / }).count(), 0);
    }));

  test("another company cannot open a product outside its assortment", () =>
    scenario('19-globex-product-not-found', async (page) => {
      const { acmeOnlyProduct } = await catalogFixturesFor();
      await login(page, 'buyer@globex.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(`${baseUrl}/b2b_platform/products/${acmeOnlyProduct.id}`);
      await page.getByRole('heading', { name: 'Product not found' }).waitFor();
      assert.equal(await page.getByText(acmeOnlyProduct.name).count(), 0);
    }));

  test('an admin imports own product numbers from a CSV with one bad row', () =>
    scenario('20-product-numbers-import', async (page) => {
      const { contractProduct } = await catalogFixturesFor();
      await login(page, 'admin@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'My product numbers' }).click();
      await waitForPath(page, '/b2b_platform/product-numbers');
      await page.getByRole('table', { name: 'My product numbers' }).waitFor();
      const csv = `number;sku\nACME-4711-E2E-1;${contractProduct.sku}\nACME-4711-E2E-2;NO-SUCH-SKU\n`;
      await page.locator('input[type=file]').setInputFiles({ name: 'numbers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const report = page.getByRole('table', { name: 'Import report' });
      await report.waitFor();
      const summary = page.getByRole('group', { name: 'Import summary' });
      await summary.getByText('Created: 1').waitFor();
      await summary.getByText('Rejected: 1').waitFor();
      const rows = await report.locator('tbody tr').allInnerTexts();
      assert.equal(rows.length, 2);
      assert.match(rows[0], /ACME-4711-E2E-1[\s\S]*Created/);
      assert.match(rows[1], /NO-SUCH-SKU[\s\S]*Rejected/);
      // The imported number is in the list right away.
      await page.getByRole('searchbox', { name: 'Search numbers' }).fill('E2E-1');
      await page.getByRole('table', { name: 'My product numbers' }).getByText('ACME-4711-E2E-1').waitFor();
      await page.getByTestId('import-report').scrollIntoViewIfNeeded();
    }));

  test('buyer fills a fast order from a CSV, checks out once despite a lost answer and a double click', () =>
    scenario('21-fast-order-checkout', async (page) => {
      const { first, second, costCenter } = await orderFixturesFor();
      const poNumber = `E2E-PO-${Date.now()}`;
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Fast order' }).click();
      await waitForPath(page, '/b2b_platform/fast-order');

      // References autocomplete through the typo-tolerant quick search.
      const firstReference = page.getByRole('textbox', { name: 'SKU or own number, row 1' });
      await firstReference.fill('claw hamer');
      await page.getByRole('option').filter({ hasText: /Claw hammer/ }).first().waitFor();
      await page.screenshot({ path: join(artifactsDir, '21-autocomplete.png') });
      await firstReference.fill('');
      await page.keyboard.press('Escape');

      // The second product twice (summed by the API) and one unknown reference.
      const csv = `reference;quantity\n${first.sku};${first.quantity}\n${second.sku};${second.quantity}\nNO-SUCH-SKU-E2E;5\n${second.sku};${second.quantity}\n`;
      await page.locator('input[type=file]').setInputFiles({ name: 'fast-order.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const rows = page.getByTestId('fast-order-row');
      await eventually(async () => assert.equal(await rows.count(), 4));
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      const report = page.getByRole('table', { name: 'Fast order check' });
      await report.waitFor();
      const summary = page.getByRole('group', { name: 'Check summary' });
      await summary.getByText('2 products OK').waitFor();
      await summary.getByText('1 problem').waitFor();
      const reportRows = await report.locator('tbody tr').allInnerTexts();
      assert.equal(reportRows.length, 3, 'duplicates are summed into one report row');
      assert.ok(reportRows.some((row) => row.includes('NO-SUCH-SKU-E2E') && row.includes('Unknown')));
      assert.ok(reportRows.some((row) => row.includes(second.sku) && row.includes('(summed)')));
      assert.equal(await page.getByRole('button', { name: 'Add to cart' }).isDisabled(), true, 'nothing goes in while a row is bad');
      await page.screenshot({ path: join(artifactsDir, '21a-fast-order-report.png'), fullPage: true });

      // Remove the bad row, check again, add.
      await page.getByRole('button', { name: 'Remove 1 row with problems' }).click();
      await eventually(async () => assert.equal(await rows.count(), 3));
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await summary.getByText('0 problems').waitFor();
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByText('2 products were added to your cart.').waitFor();
      await page.getByRole('link', { name: 'Go to cart' }).click();
      await waitForPath(page, '/b2b_platform/cart');

      const cartTable = page.getByRole('table', { name: 'Cart items' });
      await cartTable.waitFor();
      const cartText = await cartTable.innerText();
      assert.ok(cartText.includes(first.sku) && cartText.includes(second.sku), 'both products are in the cart');
      await page.getByTestId('express-checkout').getByRole('heading', { name: 'Express checkout' }).waitFor();
      await page.screenshot({ path: join(artifactsDir, '21b-cart.png'), fullPage: true });
      await page.getByRole('link', { name: 'Checkout', exact: true }).click();
      await waitForPath(page, '/b2b_platform/checkout');

      await page.getByRole('textbox', { name: 'Cost center' }).click();
      await page.getByRole('option', { name: `${costCenter.code} · ${costCenter.name}` }).click();
      await page.getByRole('textbox', { name: 'PO number / commission' }).fill(poNumber);
      await page.getByRole('textbox', { name: 'Order note' }).fill('Please deliver to gate 2.');
      await page.getByRole('textbox', { name: `Comment for ${first.name}` }).fill('For line 3');
      // Full-page shots of a scrolled page draw the fixed header mid-page.
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: join(artifactsDir, '21c-checkout.png'), fullPage: true });

      // The first answer is lost on the way back (the order exists on the server); the retry is a double click.
      const keys = [];
      let dropped = false;
      await page.route('**/graphql', async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}');
        if (body.operationName !== 'SubmitOrder') return route.fallback();
        keys.push(body.variables.input.idempotencyKey);
        if (dropped) return route.fallback();
        dropped = true;
        await route.fetch();
        return route.abort('connectionreset');
      });
      await page.getByRole('button', { name: 'Place binding order' }).click();
      await page.getByRole('alert').filter({ hasText: 'No answer from the server' }).waitFor();
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: join(artifactsDir, '21d-checkout-network-error.png'), fullPage: true });
      await page.getByRole('button', { name: 'Try again' }).dblclick();
      await eventually(() => assert.match(new URL(page.url()).pathname, /^\/b2b_platform\/orders\/[0-9a-f-]{36}$/));
      await page.getByTestId('order-placed').waitFor();
      await page.getByText('You submitted this order more than once; it was placed only once.').waitFor();
      assert.ok(keys.length >= 2, `submitted ${keys.length} times`);
      assert.equal(new Set(keys).size, 1, 'every submit carried the same idempotency key');
      const facts = page.getByTestId('order-checkout-facts');
      await facts.getByText(`${costCenter.code} · ${costCenter.name}`).waitFor();
      await facts.getByText('Please deliver to gate 2.').waitFor();
      await page.getByTestId('order-line-comment').filter({ hasText: 'For line 3' }).waitFor();
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      const number = heading.replace(/^Order /, '').trim();
      assert.match(number, ORDER_NUMBER);
      placedOrder = { id: new URL(page.url()).pathname.split('/').pop(), number, skus: [first.sku, second.sku] };
      await page.screenshot({ path: join(artifactsDir, '21e-order-placed.png'), fullPage: true });
      // The header count follows the emptied cart.
      await eventually(async () => assert.equal(await page.getByRole('link', { name: 'Cart, 0 items' }).count(), 1));

      // Exactly one order carries the PO number.
      await page.goto(`${baseUrl}/b2b_platform/orders?q=${encodeURIComponent(poNumber)}`);
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await eventually(async () => assert.deepEqual(await firstColumn(orders), [number]));
      await page.getByText('Showing 1 of 1 orders').waitFor();
    }));

  test('buyer reorders the placed order and finds its lines in the cart', () =>
    scenario('22-reorder', async (page) => {
      assert.ok(placedOrder, 'the checkout scenario placed an order');
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(`${baseUrl}/b2b_platform/orders/${placedOrder.id}`);
      await page.getByRole('heading', { name: `Order ${placedOrder.number}` }).waitFor();
      await page.getByRole('button', { name: 'Reorder', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Reorder ${placedOrder.number}` });
      await dialog.getByTestId('reorder-summary').filter({ hasText: /products? (was|were) added/ }).waitFor();
      // Let the modal finish fading in before the screenshot.
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(artifactsDir, '22a-reorder-result.png'), fullPage: true });
      await dialog.getByRole('link', { name: 'Go to cart' }).click();
      await waitForPath(page, '/b2b_platform/cart');
      const cartTable = page.getByRole('table', { name: 'Cart items' });
      await cartTable.waitFor();
      const text = await cartTable.innerText();
      for (const sku of placedOrder.skus) assert.ok(text.includes(sku), `${sku} is back in the cart`);
      await page.getByRole('link', { name: /^Cart, [1-9]\d* items?$/ }).waitFor();
      // A quantity the API refuses shows its message on the line, and the cart keeps the old quantity.
      const quantity = cartTable.getByRole('textbox', { name: /^Quantity for / }).first();
      const before = await quantity.inputValue();
      await quantity.fill('0');
      await quantity.press('Enter');
      await cartTable.getByText(/Enter a whole number of units/).waitFor();
      await page.screenshot({ path: join(artifactsDir, '22b-cart-quantity-error.png'), fullPage: true });
      const { cart } = await gql('buyer@acme.test', 'query E2eCart { cart { lines { quantity } } }');
      assert.equal(String(cart.lines[0].quantity), before);
    }));

  test('a viewer without "place orders" gets no cart, checkout or reorder controls', () =>
    scenario('23-viewer-cannot-order', async (page) => {
      await login(page, 'viewer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Orders' }).waitFor();
      assert.equal(await page.getByRole('link', { name: /^Cart/ }).count(), 0, 'no cart icon');
      assert.equal(await nav(page).getByRole('link', { name: 'Fast order' }).count(), 0, 'no fast order entry');
      for (const path of ['cart', 'checkout', 'fast-order']) {
        await page.goto(`${baseUrl}/b2b_platform/${path}`);
        await page.getByRole('heading', { name: 'You are not allowed to order' }).waitFor();
        if (path === 'checkout') await page.screenshot({ path: join(artifactsDir, '23a-viewer-checkout-forbidden.png') });
      }
      await page.goto(`${baseUrl}/b2b_platform/orders`);
      const orders = page.getByRole('table', { name: 'Orders', exact: true });
      await Promise.race([orders.waitFor(), page.getByText('No orders match your filters.').waitFor()]);
      assert.equal(await page.getByRole('button', { name: /^Reorder/ }).count(), 0, 'no reorder actions');
      if ((await orders.count()) > 0) {
        await orders.locator('tbody tr td:first-child a').first().click();
        await page.getByRole('heading', { name: /^Order SO-/ }).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Reorder' }).count(), 0, 'no reorder button');
      }
    }));

  test('operator, not-available pages and 404', async () => {
    await scenario('13-operator-and-placeholders', async (page) => {
      await login(page, 'operator@branchline.test');
      await waitForPath(page, '/b2b_platform');
      // allInnerTexts does not wait for the navigation to render.
      await eventually(async () => {
        const links = (await nav(page).getByRole('link').allInnerTexts()).map((s) => s.trim());
        assert.deepEqual(links, ['Dashboard', 'Settings']);
      });
      await nav(page).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Portal settings', level: 1 }).waitFor();
      await page.screenshot({ path: join(artifactsDir, '13-operator-settings.png') });
      await page.goto(`${baseUrl}/b2b_platform/no-such-page`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await page.goto(`${baseUrl}/nowhere`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    });
  });

  // ---------- account, sessions and company (issue 3) ----------

  test('an employee of two companies sets the preferred company and login target on the account page', () =>
    scenario('40-account-preferences', async (page) => {
      await login(page, 'multi@branchline.test');
      await chooseCompany(page, 'Acme Industrial');
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Your profile' }).click();
      await waitForPath(page, '/b2b_platform/account');
      await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();

      // Role per company; the role field is greyed out (disabled) everywhere, admins hold none.
      const roles = page.getByRole('table', { name: 'Role setting' });
      await roles.getByText('Acme Industrial').waitFor();
      await roles.getByText('Globex Construction').waitFor();
      assert.equal(await roles.getByRole('textbox', { name: 'Role at Acme Industrial' }).inputValue(), 'Purchasing lead');
      assert.equal(await roles.getByRole('textbox', { name: 'Role at Globex Construction' }).inputValue(), 'Buyer');

      const preferred = page.getByRole('textbox', { name: 'Preferred company' });
      assert.equal(await preferred.inputValue(), 'Company selection with each login');
      await preferred.click();
      await page.getByRole('option', { name: 'Globex Construction' }).click();
      await page.getByRole('textbox', { name: 'Login target' }).click();
      await page.getByRole('option', { name: 'Orders' }).click();
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await page.getByText('Your preferences were saved.').waitFor();

      // The choice is stored on the server: a reload shows it again.
      await page.reload();
      await eventually(async () => assert.equal(await page.getByRole('textbox', { name: 'Preferred company' }).inputValue(), 'Globex Construction'));
      assert.equal(await page.getByRole('textbox', { name: 'Login target' }).inputValue(), 'Orders');
      const { me } = await gql('multi@branchline.test', 'query E2ePreferences { me { preferredCompany { name } ownLoginTarget } }');
      assert.deepEqual(me, { preferredCompany: { name: 'Globex Construction' }, ownLoginTarget: 'ORDERS' });

      // Password rules show next to the fields: too short locally, a wrong current password from the API.
      await page.getByLabel(/^Current password/).fill('wrong-password-123');
      await page.getByLabel(/^New password/).fill('short');
      await page.getByLabel(/^Repeat new password/).fill('short');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Use at least 10 characters.', { exact: true }).waitFor();
      await page.getByLabel(/^New password/).fill('long-enough-password');
      await page.getByLabel(/^Repeat new password/).fill('long-enough-password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('The current password is not correct.').waitFor();
      // A full-page shot of a scrolled page would draw the fixed header mid-page.
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: join(artifactsDir, '40a-account-page.png'), fullPage: true });

      // Back to the defaults, so other scenarios start as before.
      await page.getByRole('textbox', { name: 'Preferred company' }).click();
      await page.getByRole('option', { name: 'Company selection with each login' }).click();
      await page.getByRole('textbox', { name: 'Login target' }).click();
      await page.getByRole('option', { name: 'Default target' }).click();
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await eventually(async () => {
        const { me: reset } = await gql('multi@branchline.test', 'query E2ePreferencesReset { me { preferredCompany { id } ownLoginTarget } }');
        assert.deepEqual(reset, { preferredCompany: null, ownLoginTarget: null });
      });
    }));

  test('a user ends another session on the sessions page; that browser returns to the login page', async () => {
    const otherContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
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
        await page.screenshot({ path: join(artifactsDir, '41a-sessions.png'), fullPage: true });

        const before = await rows.count();
        await table.locator('[data-testid="session-row"]:not([data-current])').first().getByRole('button', { name: /^End session on / }).click();
        await page.getByText('The session was ended.').waitFor();
        await eventually(async () => assert.equal(await rows.count(), before - 1));

        // The other browser's next navigation finds its session gone.
        await other.goto(`${baseUrl}/b2b_platform/orders`);
        await waitForPath(other, '/login');

        // Ending this device's own session signs out here too.
        await current.getByRole('button', { name: 'End this session and sign out' }).click();
        await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End and sign out' }).click();
        await waitForPath(page, '/login');
      });
    } finally {
      await otherContext.close();
    }
  });

  test('a buyer sees employees, roles and express checkout read-only', () =>
    scenario('42-company-read-only', async (page) => {
      await login(page, 'buyer@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Company' }).click();
      await waitForPath(page, '/b2b_platform/employee');
      await page.getByRole('heading', { name: 'Company: Acme Industrial' }).waitFor();
      const employees = page.getByRole('table', { name: 'Employees' });
      await employees.getByText('admin@acme.test').waitFor();
      assert.equal(await page.getByRole('button', { name: 'New employee' }).count(), 0, 'no create button');
      assert.equal(await page.getByRole('button', { name: /^Actions for / }).count(), 0, 'no row actions');
      await page.screenshot({ path: join(artifactsDir, '42a-employees-read-only.png'), fullPage: true });

      await page.getByRole('tab', { name: 'Roles' }).click();
      await waitForPath(page, '/b2b_platform/employee/roles');
      await page.getByRole('article', { name: 'Buyer' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'New role' }).count(), 0, 'no new role button');
      assert.equal(await page.getByRole('button', { name: /^Edit role / }).count(), 0, 'no edit role buttons');

      await page.getByRole('tab', { name: 'Express checkout' }).click();
      await waitForPath(page, '/b2b_platform/employee/express-checkout');
      await page.getByText('Only administrators of your company can change these defaults.').waitFor();
      await page.getByText('Shipping method', { exact: true }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Edit defaults' }).count(), 0, 'no edit button');
      await page.screenshot({ path: join(artifactsDir, '42b-express-checkout-read-only.png'), fullPage: true });
    }));

  test('an admin creates a role and an employee with it, deactivates the viewer, whose open session ends', async () => {
    const viewerContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    try {
      const viewer = await viewerContext.newPage();
      await login(viewer, 'viewer@acme.test');
      await waitForPath(viewer, '/b2b_platform');

      await scenario('43-company-admin', async (page) => {
        const suffix = Date.now().toString(36);
        const roleName = `Site supervisor ${suffix}`;
        await login(page, 'admin@acme.test');
        await waitForPath(page, '/b2b_platform');
        await page.goto(`${baseUrl}/b2b_platform/employee/roles`);

        // A custom role: admin-only permissions cannot be picked.
        await page.getByRole('button', { name: 'New role' }).click();
        const roleDialog = page.getByRole('dialog', { name: 'New role' });
        await roleDialog.getByRole('textbox', { name: 'Name' }).fill(roleName);
        await roleDialog.getByRole('checkbox', { name: 'View the catalog' }).check();
        await roleDialog.getByRole('checkbox', { name: 'Place orders' }).check();
        assert.ok(await roleDialog.getByRole('checkbox', { name: 'Manage employees' }).isDisabled(), 'admin-only permission');
        await page.screenshot({ path: join(artifactsDir, '43a-role-form.png') });
        await roleDialog.getByRole('button', { name: 'Save' }).click();
        await page.getByText(`The role ${roleName} was saved.`).waitFor();
        const roleCard = page.getByRole('article', { name: roleName });
        await roleCard.getByText('Place orders').waitFor();
        await roleCard.getByText('Nobody holds this role.').waitFor();

        // An employee holding it.
        await page.getByRole('tab', { name: 'Employees' }).click();
        await waitForPath(page, '/b2b_platform/employee');
        await page.getByRole('button', { name: 'New employee' }).click();
        const dialog = page.getByRole('dialog', { name: 'New employee' });
        await dialog.getByRole('textbox', { name: 'Salutation' }).click();
        await page.getByRole('option', { name: 'Ms' }).click();
        await dialog.getByRole('textbox', { name: 'First name' }).fill('Petra');
        await dialog.getByRole('textbox', { name: 'Last name' }).fill(`Neumann ${suffix}`);
        await dialog.getByRole('textbox', { name: 'Email' }).fill(`petra.${suffix}@acme.test`);
        await dialog.getByRole('textbox', { name: 'Department' }).fill('Plant 2');
        await dialog.getByRole('textbox', { name: 'Role' }).click();
        await page.getByRole('option', { name: roleName }).click();
        // The admin flag greys the role field out.
        await dialog.getByRole('checkbox', { name: 'Is an administrator' }).check();
        assert.ok(await dialog.getByRole('textbox', { name: 'Role' }).isDisabled(), 'role disabled for admins');
        await dialog.getByRole('checkbox', { name: 'Is an administrator' }).uncheck();
        await dialog.getByRole('textbox', { name: 'Role' }).click();
        await page.getByRole('option', { name: roleName }).click();
        await page.screenshot({ path: join(artifactsDir, '43b-employee-form.png') });
        await dialog.getByRole('button', { name: 'Save' }).click();
        await page.getByText(`Petra Neumann ${suffix} was saved.`).waitFor();
        await page.getByRole('searchbox', { name: 'Search' }).fill(suffix);
        const created = page.getByRole('table', { name: 'Employees' }).getByRole('row', { name: new RegExp(`Neumann ${suffix}`) });
        await created.getByText(roleName).waitFor();

        // Deactivate the viewer; her open session in the other browser ends with it.
        await page.getByRole('searchbox', { name: 'Search' }).fill('viewer@acme.test');
        const viewerRow = page.getByRole('table', { name: 'Employees' }).getByRole('row', { name: /Vera Lang/ });
        await viewerRow.getByText('Active', { exact: true }).waitFor();
        await viewerRow.getByRole('button', { name: 'Actions for Vera Lang' }).click();
        await page.getByRole('menuitem', { name: 'Deactivate' }).click();
        await page.getByText('Vera Lang was deactivated and signed out.').waitFor();
        await viewerRow.getByText('Inactive', { exact: true }).waitFor();
        await page.screenshot({ path: join(artifactsDir, '43c-viewer-deactivated.png'), fullPage: true });

        await viewer.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Orders' }).click();
        await waitForPath(viewer, '/login');

        // The last admin cannot deactivate themselves away (only tried while Acme has exactly one).
        const { employees: everyone } = await gql(
          'admin@acme.test',
          'query E2eAcmeAdmins { employees(first: 100, filter: { active: true }) { edges { node { isAdmin } } } }',
        );
        if (everyone.edges.filter((edge) => edge.node.isAdmin).length === 1) {
          await page.getByRole('searchbox', { name: 'Search' }).fill('admin@acme.test');
          const adminRow = page.getByRole('table', { name: 'Employees' }).getByRole('row', { name: /admin@acme\.test/ });
          await adminRow.getByRole('button', { name: /^Actions for / }).click();
          await page.getByRole('menuitem', { name: 'Deactivate' }).click();
          await page.getByText(/at least one active admin/).waitFor();
        }

        // Reactivate, so the viewer can sign in again.
        await page.getByRole('searchbox', { name: 'Search' }).fill('viewer@acme.test');
        await viewerRow.getByRole('button', { name: 'Actions for Vera Lang' }).click();
        await page.getByRole('menuitem', { name: 'Reactivate' }).click();
        await viewerRow.getByText('Active', { exact: true }).waitFor();

        // The role is in use now: deleting it names who holds it.
        await page.getByRole('tab', { name: 'Roles' }).click();
        await page.getByRole('button', { name: `Delete role ${roleName}` }).click();
        const deleteDialog = page.getByRole('dialog', { name: 'Delete role?' });
        await deleteDialog.getByRole('button', { name: 'Delete' }).click();
        await deleteDialog.getByText(new RegExp(`Neumann ${suffix}`)).waitFor();
        await page.screenshot({ path: join(artifactsDir, '43d-role-in-use.png') });
        await deleteDialog.getByRole('button', { name: 'Cancel' }).click();
      });
      // Active again: the viewer signs in and returns to where the ended session left off.
      await login(viewer, 'viewer@acme.test');
      await waitForPath(viewer, '/b2b_platform/orders');
    } finally {
      await viewerContext.close();
    }
  });

  test('an admin adds, edits and deletes a cost center and an address, and edits express checkout', () =>
    scenario('44-company-addresses-cost-centers', async (page) => {
      const suffix = Date.now().toString(36).toUpperCase();
      await login(page, 'admin@acme.test');
      await waitForPath(page, '/b2b_platform');
      await page.goto(`${baseUrl}/b2b_platform/employee/cost-centers`);
      await page.getByRole('button', { name: 'New cost center' }).click();
      let dialog = page.getByRole('dialog', { name: 'New cost center' });
      await dialog.getByRole('textbox', { name: 'Code' }).fill(`CC-${suffix}`);
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Trade fair');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText(`Cost center CC-${suffix} was saved.`).waitFor();
      const costRow = page.getByRole('table', { name: 'Cost centers' }).getByRole('row', { name: new RegExp(`CC-${suffix}`) });
      await costRow.getByRole('button', { name: 'Edit' }).click();
      dialog = page.getByRole('dialog', { name: 'Edit cost center' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Trade fair 2026');
      await dialog.getByRole('checkbox', { name: 'Active' }).uncheck();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await costRow.getByText('Trade fair 2026').waitFor();
      await costRow.getByText('Inactive').waitFor();
      await costRow.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog', { name: 'Delete cost center?' }).getByRole('button', { name: 'Delete' }).click();
      await page.getByText(`Cost center CC-${suffix} was deleted.`).waitFor();

      await page.getByRole('tab', { name: 'Addresses' }).click();
      await page.getByRole('button', { name: 'New address' }).click();
      dialog = page.getByRole('dialog', { name: 'New address' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(`Plant ${suffix}`);
      await dialog.getByRole('textbox', { name: 'Company' }).fill('Acme Industrial GmbH');
      await dialog.getByRole('textbox', { name: 'Street and number' }).fill('Werkstraße 5');
      await dialog.getByRole('textbox', { name: 'Postal code' }).fill('70565');
      await dialog.getByRole('textbox', { name: 'City' }).fill('Stuttgart');
      await dialog.getByRole('checkbox', { name: 'Use for billing' }).uncheck();
      await dialog.getByRole('button', { name: 'Save' }).click();
      const addressRow = page.getByRole('table', { name: 'Addresses' }).getByRole('row', { name: new RegExp(`Plant ${suffix}`) });
      await addressRow.getByText('Werkstraße 5').waitFor();
      await addressRow.getByText('Shipping', { exact: true }).waitFor();
      await addressRow.getByRole('button', { name: 'Edit' }).click();
      dialog = page.getByRole('dialog', { name: 'Edit address' });
      await dialog.getByRole('textbox', { name: 'City' }).fill('Esslingen');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await addressRow.getByText(/Esslingen/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await page.screenshot({ path: join(artifactsDir, '44a-addresses.png'), fullPage: true });

      // Express checkout: ship to the new address by default.
      await page.getByRole('tab', { name: 'Express checkout' }).click();
      await page.getByRole('button', { name: 'Edit defaults' }).click();
      await page.getByRole('textbox', { name: 'Shipping address' }).click();
      await page.getByRole('option', { name: new RegExp(`Plant ${suffix}`) }).click();
      await page.screenshot({ path: join(artifactsDir, '44b-express-checkout-edit.png'), fullPage: true });
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('The express-checkout defaults were saved.').waitFor();
      await page.getByText(/Esslingen/).waitFor();

      // Back to the default-flagged address, then the test address goes.
      await page.getByRole('button', { name: 'Edit defaults' }).click();
      await page.getByRole('button', { name: 'Clear Shipping address' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('The express-checkout defaults were saved.').first().waitFor();
      await page.getByRole('tab', { name: 'Addresses' }).click();
      await addressRow.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog', { name: 'Delete address?' }).getByRole('button', { name: 'Delete' }).click();
      await page.getByText('The address was deleted.').waitFor();
    }));

  // ---------- invitations, login links, company choice, portal settings, employee CSV (issue 3) ----------

  // A browser of its own (nobody signed in), for links opened by "someone else".
  async function withFreshPage(name, body) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    try {
      await body(page);
    } finally {
      await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true }).catch(() => undefined);
      await context.close();
    }
  }

  test('an admin invites a colleague, who sets a password from the link and lands in the portal', async () => {
    const email = `invited.${Date.now().toString(36)}@acme.test`;
    let link;
    await scenario('50-invite-employee', async (page) => {
      await login(page, 'admin@acme.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Company' }).click();
      await waitForPath(page, '/b2b_platform/employee');
      await page.getByRole('button', { name: 'Invite employee' }).click();
      const dialog = page.getByRole('dialog', { name: 'Invite an employee' });
      // Required fields are checked before anything is sent.
      await dialog.getByRole('button', { name: 'Create invitation link' }).click();
      assert.ok((await dialog.getByText('Required.').count()) >= 3, 'required fields are marked');
      await dialog.getByRole('textbox', { name: 'Salutation' }).click();
      await page.getByRole('option', { name: 'Ms', exact: true }).click();
      await dialog.getByRole('textbox', { name: 'First name' }).fill('Ida');
      await dialog.getByRole('textbox', { name: 'Last name' }).fill('Invited');
      await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
      await dialog.getByRole('textbox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Buyer', exact: true }).click();
      await dialog.getByRole('textbox', { name: 'Department' }).fill('Purchasing');
      await dialog.getByRole('button', { name: 'Create invitation link' }).click();
      const linkBox = dialog.getByRole('textbox', { name: 'Invitation link' });
      await linkBox.waitFor();
      link = await linkBox.inputValue();
      assert.match(link, new RegExp(`^${baseUrl}/invitation/[\\w-]{16,}$`));
      await dialog.getByText(`Send this link to ${email}`, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Copy link' }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(artifactsDir, '50a-invitation-link.png') });
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });

    await withFreshPage('50b-invitation-accepted', async (page) => {
      await page.goto(link);
      await page.getByRole('heading', { name: 'Welcome, Ida Invited' }).waitFor();
      await page.getByText(/invited to the Branchline portal of Acme Industrial/).waitFor();
      await page.getByText(email, { exact: true }).waitFor();
      await page.getByLabel('Password', { exact: true }).fill('too-short');
      await page.getByLabel('Repeat password', { exact: true }).fill('too-short');
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
      await page.getByText('Use at least 10 characters.', { exact: true }).waitFor();
      await page.getByLabel('Password', { exact: true }).fill('invited-password-1');
      await page.getByLabel('Repeat password', { exact: true }).fill('invited-password-2');
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
      await page.getByText('The passwords do not match.').waitFor();
      await page.screenshot({ path: join(artifactsDir, '50b-invitation-form.png'), fullPage: true });
      await page.getByLabel('Repeat password', { exact: true }).fill('invited-password-1');
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
      await waitForPath(page, '/b2b_platform');
      await page.getByRole('heading', { name: 'Welcome, Ida' }).waitFor();
      await page.getByTestId('active-company').filter({ hasText: 'Acme Industrial' }).waitFor();

      // The link is used up: opening it again says so.
      await page.goto(link);
      await page.getByText('This invitation is invalid or has expired.', { exact: false }).waitFor();
      await page.screenshot({ path: join(artifactsDir, '50c-invitation-used.png'), fullPage: true });
    });

    // The new password works for a normal sign-in too.
    await withFreshPage('50d-invited-login', async (page) => {
      await login(page, email, 'invited-password-1');
      await waitForPath(page, '/b2b_platform');
      await page.getByRole('heading', { name: 'Welcome, Ida' }).waitFor();
    });
  });

  test('the operator switches individual login links on in the portal settings', () =>
    scenario('51-portal-settings', async (page) => {
      await login(page, 'operator@branchline.test');
      await waitForPath(page, '/b2b_platform');
      await nav(page).getByRole('link', { name: 'Settings' }).click();
      await waitForPath(page, '/b2b_platform/settings');
      await page.getByRole('heading', { name: 'Portal settings', level: 1 }).waitFor();
      const toggle = page.getByRole('switch', { name: 'Individual login links' });
      await toggle.check();
      assert.equal(await page.getByRole('textbox', { name: 'Default login target' }).inputValue(), 'Dashboard (default)');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('The portal settings were saved.').waitFor();
      await page.screenshot({ path: join(artifactsDir, '51a-portal-settings.png'), fullPage: true });
      const { portalSettings } = await gql('operator@branchline.test', 'query E2ePortalSettings { portalSettings { loginLinksEnabled } }');
      assert.equal(portalSettings.loginLinksEnabled, true);
    }));

  test('a buyer opts in to a login link, signs in with it elsewhere, and a regenerated link ends the old one', async () => {
    let firstLink;
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
      assert.match(firstLink, new RegExp(`^${baseUrl}/login-link/[\\w-]{16,}$`));
      await card.getByText('Link active').waitFor();
      // Clicks scrolled the page; a full-page shot from the top keeps the fixed header where it belongs.
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: join(artifactsDir, '52a-login-link-card.png'), fullPage: true });

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
        await other.screenshot({ path: join(artifactsDir, '52c-old-login-link-error.png') });
        await other.getByRole('link', { name: 'Sign in with password' }).click();
        await waitForPath(other, '/login');
        await other.goto(secondLink);
        await waitForPath(other, '/b2b_platform');
      });

      // Opting out again deletes the link, leaving the demo user as the seed made it.
      await wish.uncheck();
      await eventually(async () => {
        const { me } = await gql('buyer@globex.test', 'query E2eLoginLinkReset { me { wantsLoginLink hasLoginLink } }');
        assert.deepEqual(me, { wantsLoginLink: false, hasLoginLink: false });
      });
    });
  });

  test('an employee of two companies without a preferred one chooses the company at login', () =>
    scenario('53-company-chooser', async (page) => {
      await login(page, 'multi@branchline.test');
      await waitForPath(page, '/choose-company');
      await page.getByRole('heading', { name: 'Choose a company' }).waitFor();
      await page.getByRole('button', { name: 'Acme Industrial' }).waitFor();
      await page.getByRole('button', { name: 'Globex Construction' }).waitFor();
      await page.screenshot({ path: join(artifactsDir, '53a-company-chooser.png'), fullPage: true });
      await page.getByRole('button', { name: 'Globex Construction' }).click();
      await waitForPath(page, '/b2b_platform');
      await page.getByTestId('active-company').filter({ hasText: 'Globex Construction' }).waitFor();
    }));

  test('an admin imports 1,000 employees from a CSV in chunks, with progress and a per-row report, and exports the list', () =>
    scenario('54-employee-import', async (page) => {
      const header = 'salutation;first name;last name;email;phone;department;role;admin;active';
      const lines = [header];
      for (let index = 1; index <= 1000; index++) {
        const number = String(index).padStart(4, '0');
        lines.push(`${index % 2 ? 'Mr' : 'Ms'};Import;User ${number};import.user${number}@acme.test;;Logistics;Buyer;no;yes`);
      }
      // Bad rows, one in the first chunk and others further down, so their reported lines prove the offsets.
      lines[50] = 'Mr;Import;User 0050;not-an-email;;Logistics;Buyer;no;yes';
      lines[150] = 'Ms;Import;User 0150;import.user0150@acme.test;;Logistics;Astronaut;no;yes';
      lines[555] = 'Mr;Import;;import.user0555@acme.test;;Logistics;Buyer;no;yes';
      const file = join(tmpdir(), `branchline-employees-${Date.now()}.csv`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      try {
        await login(page, 'admin@acme.test');
        await waitForPath(page, '/b2b_platform');
        await page.goto(`${baseUrl}/b2b_platform/employee`);
        const chooserPromise = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Import CSV' }).click();
        await (await chooserPromise).setFiles(file);
        const dialog = page.getByRole('dialog', { name: /^Employee import: branchline-employees-/ });
        await dialog.waitFor();
        const progressText = dialog.getByTestId('import-progress-text');
        await eventually(async () => assert.match(await progressText.innerText(), /^[1-9][\d,]* of 1,000 rows$/), { timeout: 60_000 });
        await page.screenshot({ path: join(artifactsDir, '54a-employee-import-progress.png') });
        await dialog.getByText('Import finished').waitFor({ timeout: 180_000 });
        assert.equal(await progressText.innerText(), '1,000 of 1,000 rows');
        assert.equal((await dialog.getByRole('group', { name: 'Created' }).innerText()).replace(/\D/g, ''), '997');
        assert.equal((await dialog.getByRole('group', { name: 'Rejected' }).innerText()).replace(/\D/g, ''), '3');
        const report = dialog.getByRole('table', { name: 'Rejected and changed rows' });
        assert.deepEqual(await firstColumn(report), ['51', '151', '556']);
        await report.getByRole('row', { name: /import\.user0150@acme\.test/ }).getByText('Rejected').waitFor();
        await page.screenshot({ path: join(artifactsDir, '54b-employee-import-report.png') });
        await dialog.getByRole('button', { name: 'Close' }).last().click();
        await dialog.waitFor({ state: 'hidden' });

        const downloadPromise = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Export CSV' }).click();
        const download = await downloadPromise;
        assert.equal(download.suggestedFilename(), 'employees.csv');
        const exported = readFileSync(await download.path(), 'utf8');
        assert.match(exported, /import\.user0999@acme\.test/);
        assert.match(exported, /admin@acme\.test/);
      } finally {
        rmSync(file, { force: true });
      }
    }));
});

// Ctrl-C must not leave an API or a database behind.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}
