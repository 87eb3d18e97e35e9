import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { SECURITY_HEADERS } from '../../security-headers';

// nginx cannot import the TypeScript definition, so its copy is checked against it.
test('the shipped nginx sends the preview server headers, plus HSTS', () => {
  const conf = readFileSync(new URL('../../nginx-security-headers.conf', import.meta.url), 'utf8');
  const nginxHeaders = Object.fromEntries(
    [...conf.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1], match[2]]),
  );
  assert.deepEqual(nginxHeaders, {
    ...SECURITY_HEADERS,
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  });
  assert.match(SECURITY_HEADERS['Content-Security-Policy'] ?? '', /frame-ancestors 'none'/);
});
