import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually, parseMoney } from './page';

test('eventually retries until the assertion holds and returns its value', async () => {
  let calls = 0;
  const value = await eventually(
    () => {
      calls += 1;
      assert.ok(calls >= 3, 'not yet');
      return calls;
    },
    { interval: 1 },
  );
  assert.equal(value, 3);
});

test('eventually rethrows the last failure after the timeout', async () => {
  await assert.rejects(
    eventually(() => assert.fail('never'), { timeout: 20, interval: 5 }),
    /never/,
  );
});

test('parseMoney reads en-GB amounts', () => {
  assert.equal(parseMoney('€1,234.50'), 1234.5);
  assert.equal(parseMoney('-€3.00'), -3);
});
