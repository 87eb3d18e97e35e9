import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parseSortParam, toSortParam } from './sort-param';

const FIELDS = ['NAME', 'SKU'] as const;
type Field = (typeof FIELDS)[number];
const DEFAULT: { field: Field; direction: 'ASC' | 'DESC' } = { field: 'NAME', direction: 'ASC' };

void describe('parseSortParam', () => {
  void it('reads a known field and direction', () => {
    assert.deepEqual(parseSortParam('SKU.DESC', FIELDS, DEFAULT), { field: 'SKU', direction: 'DESC' });
  });

  void it('falls back to the default for a missing, unknown or malformed value', () => {
    for (const value of [null, '', 'PRICE.ASC', 'SKU.UP', 'SKU', '.DESC']) {
      assert.equal(parseSortParam(value, FIELDS, DEFAULT), DEFAULT, String(value));
    }
  });
});

void describe('toSortParam', () => {
  void it('leaves the default sort out of the URL', () => {
    assert.equal(toSortParam({ field: 'NAME', direction: 'ASC' }, DEFAULT), null);
  });

  void it('writes any other sort as FIELD.DIRECTION, which parseSortParam reads back', () => {
    const param = toSortParam({ field: 'NAME', direction: 'DESC' }, DEFAULT);
    assert.equal(param, 'NAME.DESC');
    assert.deepEqual(parseSortParam(param, FIELDS, DEFAULT), { field: 'NAME', direction: 'DESC' });
  });
});
