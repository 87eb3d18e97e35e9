import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

import { isDatabaseUnavailable } from './database-unavailable';

// While the database cannot be reached, the whole answer is HTTP 503 (format-error.ts gives each error the
// SERVICE_UNAVAILABLE code), so load balancers and clients retry instead of reporting a bug.
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, response }) => {
          if (errors.some((error) => isDatabaseUnavailable(unwrapResolverError(error)))) {
            response.http.status = 503;
          }
          return Promise.resolve();
        },
      }),
  };
}
