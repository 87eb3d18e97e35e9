import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as documents from '@branchline/graphql-types';
import { buildSchema, DocumentNode, Kind, OperationDefinitionNode, parse } from 'graphql';

import { repoRoot } from '../../database/repo-root';
import { ASSUMED_LIST_SIZE, MAX_QUERY_COST, queryCost } from './query-cost';

const schema = buildSchema(readFileSync(join(repoRoot(), 'packages/graphql-types/schema.graphql'), 'utf8'));

const operationOf = (document: DocumentNode) =>
  document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;

const cost = (source: string, variables?: Record<string, unknown>) => {
  const document = parse(source);
  return queryCost(schema, document, operationOf(document), variables);
};

describe('query cost', () => {
  it('charges objects, not scalars, and multiplies a page by first', () => {
    expect(cost('{ me { id email } }')).toBe(1);
    expect(cost('{ orders(first: 10) { edges { node { id number } } } }')).toBe(1 + 10 * (1 + 1));
    expect(cost('{ orders(first: 50) { edges { node { id number } } } }')).toBe(1 + 50 * 2);
  });

  it('reads first from the variables, and counts a missing one as a full page', () => {
    const query = 'query Orders($first: Int!) { orders(first: $first) { edges { node { id } } } }';
    expect(cost(query, { first: 5 })).toBe(1 + 5 * 2);
    expect(cost(query, {})).toBe(1 + 100 * 2);
  });

  it('counts nested lists without first as a fixed size', () => {
    const query = '{ orders(first: 1) { edges { node { lines { quantity } } } } }';
    // orders + edges + node + lines: the lines' scalars cost nothing.
    expect(cost(query)).toBe(4);
    const withProduct = '{ orders(first: 1) { edges { node { lines { unitPrice { amount } } } } } }';
    expect(cost(withProduct)).toBe(3 + (1 + ASSUMED_LIST_SIZE * 1));
  });

  it('counts a fragment spread like the fields it stands for', () => {
    const inline = cost('{ orders(first: 20) { edges { node { id lines { unitPrice { amount } } } } } }');
    const spread = cost(
      '{ orders(first: 20) { edges { node { ...O } } } } fragment O on Order { id lines { unitPrice { amount } } }',
    );
    expect(spread).toBe(inline);
  });

  it('puts thirty aliased 100-product pages far over the budget', () => {
    const page = (i: number) => `p${i}: products(first: 100) { edges { node { id name price { amount } } } }`;
    const query = `{ ${Array.from({ length: 30 }, (_, i) => page(i)).join(' ')} }`;
    expect(cost(query)).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('keeps every document the SPA and the API tests send within the budget at the largest page size', () => {
    const sent = Object.entries(documents).filter(
      (entry): entry is [string, DocumentNode] =>
        typeof entry[1] === 'object' &&
        entry[1] !== null &&
        (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
        operationOf(entry[1] as DocumentNode) !== undefined,
    );
    expect(sent.length).toBeGreaterThan(50);
    const over = sent
      .map(([name, document]) => ({ name, cost: queryCost(schema, document, operationOf(document), undefined) }))
      .sort((a, b) => b.cost - a.cost);
    expect(over.filter((entry) => entry.cost > MAX_QUERY_COST)).toEqual([]);
    // The heaviest ones, for the record (and for choosing the budget).
    process.stdout.write(`heaviest documents: ${JSON.stringify(over.slice(0, 3))}\n`);
  });
});
