import { QueryFailedError } from 'typeorm';

import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises a refused or timed-out connection, also inside an AggregateError', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('ETIMEDOUT'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')], 'connect failed'))).toBe(true);
    const fromAnotherRealm = { message: 'Unexpected error value', thrownValue: { code: 'ECONNREFUSED' } };
    expect(isDatabaseUnavailable(fromAnotherRealm)).toBe(true);
  });

  it("recognises node-postgres' own timeouts and dropped connections", () => {
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(true);
  });

  it('recognises a server that shuts down, through the QueryFailedError TypeORM wraps it in', () => {
    const shutdown = withCode('57P01', 'terminating connection due to administrator command');
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], shutdown))).toBe(true);
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
  });

  it('leaves statement timeouts, bugs and non-errors alone', () => {
    const cancelled = withCode('57014', 'canceling statement due to statement timeout');
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT pg_sleep(9)', [], cancelled))).toBe(false);
    expect(isDatabaseUnavailable(withCode('42P01', 'relation "x" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
