import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { MAX_QUERY_COST, queryCost } from './query-cost';

export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

// Refuses an operation whose estimated cost is over the budget before any resolver runs, and reports
// the cost of every answer in `extensions.cost` so clients can see how close they are.
export function queryCostPlugin(limit = MAX_QUERY_COST): ApolloServerPlugin {
  return {
    requestDidStart() {
      let cost: number | undefined;
      return Promise.resolve({
        // Runs after validation, with the variables: `first: $first` counts as what the request asks for.
        didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return Promise.resolve();
          cost = queryCost(schema, document, operation, request.variables);
          if (cost > limit) {
            throw new GraphQLError(
              `This request would cost ${cost} points; at most ${limit} are allowed. Ask for fewer items or fields, or split it.`,
              { extensions: { code: QUERY_TOO_COSTLY, cost, limit, http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit } };
          return Promise.resolve();
        },
      });
    },
  };
}
