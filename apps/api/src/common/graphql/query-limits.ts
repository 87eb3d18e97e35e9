import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 30;
export const MAX_TOKENS = 5_000;

type Limits = { depth: number; aliases: number; directives: number };

// Shape limits from graphql-armor: each rule memoises fragments, so validation stays linear in the size of
// the document however fragments are chained (the request's cost is bounded separately, see query-cost.ts).
// Refusals are reported as ordinary validation errors in our own words.
export function queryLimitRules(
  limits: Limits = { depth: MAX_QUERY_DEPTH, aliases: MAX_ALIASES, directives: MAX_DIRECTIVES },
): ValidationRule[] {
  const reject = (describe: (limit: number, found: string) => string, limit: number) => ({
    n: limit,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1] ?? `more than ${limit}`;
        context?.reportError(new GraphQLError(describe(limit, found)));
      },
    ],
  });
  return [
    maxDepthRule({
      flattenFragments: true,
      ...reject((limit, found) => `Query is ${found} levels deep; at most ${limit} are allowed.`, limits.depth),
    }),
    maxAliasesRule({
      allowList: [],
      ...reject(
        (limit, found) => `At most ${limit} aliases are allowed in one document (found ${found}).`,
        limits.aliases,
      ),
    }),
    maxDirectivesRule(
      reject(
        (limit, found) => `At most ${limit} directives are allowed in one document (found ${found}).`,
        limits.directives,
      ),
    ),
  ];
}
