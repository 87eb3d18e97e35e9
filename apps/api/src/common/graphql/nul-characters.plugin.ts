import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

// PostgreSQL cannot store U+0000 in text: a NUL in any input would end as a database error deep in a
// service. Refused once, at the edge, before any resolver runs, for literals and variables alike.
export function nulCharactersPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          if (holdsNul(request.variables) || literalsHoldNul(document)) {
            throw new GraphQLError('Text must not contain NUL characters (U+0000).', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, nested]) => key.includes('\u0000') || holdsNul(nested));
  }
  return false;
}

function literalsHoldNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}
