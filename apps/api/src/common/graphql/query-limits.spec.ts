import { buildSchema, parse, validate } from 'graphql';

import { queryLimitRules } from './query-limits';

const schema = buildSchema(`
  type Node { id: ID!  child: Node  other: Node }
  type Query { node: Node }
`);

function nested(depth: number): string {
  return `{ ${'node { '.repeat(1)}${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 1)} }`;
}

// Each fragment spreads the next one twice: a walker without memoisation visits 2^levels selections.
function fragmentChain(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Node { child { ...F${i + 1} } other { ...F${i + 1} } }`,
  );
  return `{ node { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Node { id }`;
}

const messages = (document: string, limits = { depth: 5, aliases: 3, directives: 3 }) =>
  validate(schema, parse(document), queryLimitRules(limits)).map((error) => error.message);

describe('query limits', () => {
  it('accepts documents within the depth limit and refuses deeper ones', () => {
    expect(messages(nested(5))).toEqual([]);
    expect(messages(nested(6))).toEqual(['Query is 6 levels deep; at most 5 are allowed.']);
  });

  it('counts depth through fragments', () => {
    const document = `{ node { ...deep } } fragment deep on Node { child { child { id } } }`;
    expect(messages(document, { depth: 3, aliases: 3, directives: 3 })).toHaveLength(1);
    expect(messages(document, { depth: 4, aliases: 3, directives: 3 })).toEqual([]);
  });

  it('refuses documents with too many aliases', () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(messages(aliases(3))).toEqual([]);
    expect(messages(aliases(4))).toEqual(['At most 3 aliases are allowed in one document (found 4).']);
  });

  it('refuses documents with too many directives', () => {
    const directives = (count: number) => `{ node { id ${'@include(if: true) '.repeat(count)} } }`;
    expect(messages(directives(3))).toEqual([]);
    expect(messages(directives(4))).toEqual(['At most 3 directives are allowed in one document (found 4).']);
  });

  it('refuses a 22-level fragment chain in well under 50 ms (validation is linear, not exponential)', () => {
    const document = parse(fragmentChain(22));
    const started = process.hrtime.bigint();
    const errors = validate(schema, document, queryLimitRules());
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(errors.map((error) => error.message)).toContain('Query is 24 levels deep; at most 12 are allowed.');
    expect(elapsedMs).toBeLessThan(50);
  });
});
