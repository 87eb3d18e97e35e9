import assert from 'node:assert/strict';
import { test } from 'node:test';

import { slowest, testEnded, testStarted } from './timings';

test('slowest names the longest tests first and only finished ones', async () => {
  testStarted('quick');
  testStarted('slow');
  testStarted('never finished');
  testEnded('quick');
  await new Promise((resolveSleep) => setTimeout(resolveSleep, 30));
  testEnded('slow');
  const [first, second, ...rest] = slowest(5);
  assert.equal(first?.name, 'slow');
  assert.equal(second?.name, 'quick');
  assert.ok(first.ms >= 25 && first.ms > second.ms);
  assert.deepEqual(rest, []);
  assert.equal(slowest(1).length, 1);
});
