import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { requiredErrors } from './required-errors';

void describe('requiredErrors', () => {
  void it('gives one error per blank value, in the order given, at the input path', () => {
    const errors = requiredErrors({ code: '  ', name: 'Trade fair', city: '', countryCode: null }, 'Required');
    assert.deepEqual(errors, [
      { code: 'REQUIRED', field: ['input', 'code'], message: 'Required' },
      { code: 'REQUIRED', field: ['input', 'city'], message: 'Required' },
      { code: 'REQUIRED', field: ['input', 'countryCode'], message: 'Required' },
    ]);
  });

  void it('gives none when every value has text', () => {
    assert.deepEqual(requiredErrors({ firstName: 'Petra', lastName: ' Neumann ' }, 'Required'), []);
  });
});
