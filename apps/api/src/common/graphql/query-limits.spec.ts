import { buildSchema, parse, validate } from 'graphql';
import { aliasLimit, depthLimit } from './query-limits';

const schema = buildSchema(`
  type Node { id: ID!  child: Node }
  type Query { node: Node }
`);

function nested(depth: number): string {
  return `{ ${'node { '.repeat(1)}${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 1)} }`;
}

describe('query limits', () => {
  it('accepts documents within the depth limit and refuses deeper ones', () => {
    expect(validate(schema, parse(nested(5)), [depthLimit(5)])).toEqual([]);
    const errors = validate(schema, parse(nested(6)), [depthLimit(5)]);
    expect(errors.map((error) => error.message)).toEqual(['Query is 6 levels deep; at most 5 are allowed.']);
  });

  it('counts depth through fragments', () => {
    const document = parse(`{ node { ...deep } } fragment deep on Node { child { child { id } } }`);
    expect(validate(schema, document, [depthLimit(3)])).toHaveLength(1);
    expect(validate(schema, document, [depthLimit(4)])).toEqual([]);
  });

  it('refuses documents with too many aliases', () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(validate(schema, parse(aliases(3)), [aliasLimit(3)])).toEqual([]);
    expect(validate(schema, parse(aliases(4)), [aliasLimit(3)])).toHaveLength(1);
  });
});
