import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from './database-unavailable';
import { AppError } from './graphql-errors';

const logger = new Logger('GraphQL');

const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
]);

// Extensions a client may see besides the code (the cost refusal names the cost and the limit).
const PUBLIC_EXTENSIONS = ['cost', 'limit'] as const;

// The one place errors leave the server: known errors keep their code and message, anything
// unexpected is logged here and answered as a bare INTERNAL_SERVER_ERROR. No stack trace goes out.
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  if (original instanceof AppError || PASSTHROUGH_CODES.has(code)) {
    const extensions: Record<string, unknown> = { code };
    for (const key of PUBLIC_EXTENSIONS) {
      if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
    }
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: one line per failed field, no stack (service-unavailable.plugin sets HTTP 503).
    logger.warn(`Database unavailable: ${original instanceof Error ? original.message : String(original)}`);
    return {
      message: 'The service is temporarily unavailable. Please try again in a moment.',
      path: formatted.path,
      extensions: { code: SERVICE_UNAVAILABLE },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
