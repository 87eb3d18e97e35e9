export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

// Is this failure "the database cannot be reached right now" (answered as SERVICE_UNAVAILABLE, 503),
// rather than a bug or a slow query? 57014 (statement_timeout cancelled a query) is deliberately not in
// the list: the server answered, the query was too slow.
const UNREACHABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EPIPE']);
// PostgreSQL: shutting down (57P01 admin, 57P02 crash), starting up (57P03), out of connection slots (53300).
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres reports its own timeouts and dropped connections by message only.
const UNREACHABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /query read timeout/i,
  /connection (is )?(closed|ended)/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((cause) => {
    const code = typeof cause.code === 'string' ? cause.code : '';
    if (UNREACHABLE_NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
    // SQLSTATE class 08: connection exception.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    const message = typeof cause.message === 'string' ? cause.message : '';
    return UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message));
  });
}

type ErrorLike = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  errors?: unknown;
  thrownValue?: unknown;
};

// The error and what it wraps: TypeORM's driverError, Error.cause, AggregateError.errors, and graphql-js'
// thrownValue (an error from another realm, such as Node's socket errors under jest, arrives as "not an Error").
function causes(error: unknown, depth = 0): ErrorLike[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [];
  const current = error as ErrorLike;
  const nested = [
    current.cause,
    current.driverError,
    current.thrownValue,
    ...(Array.isArray(current.errors) ? (current.errors as unknown[]) : []),
  ];
  return [current, ...nested.flatMap((inner) => causes(inner, depth + 1))];
}
