import { buildSchema, GraphQLSchema } from 'graphql';

import { findUndeclaredOperations } from './undeclared-operations';

describe('findUndeclaredOperations', () => {
  it('names every root field without an access declaration', () => {
    const schema: GraphQLSchema = buildSchema(`
      type Query { declared: Int  forgotten: Int }
      type Mutation { alsoForgotten: Int }
    `);
    schema.getQueryType()!.getFields().declared.extensions = { access: { kind: 'public' } };
    expect(findUndeclaredOperations(schema)).toEqual(['Query.forgotten', 'Mutation.alsoForgotten']);
  });
});
