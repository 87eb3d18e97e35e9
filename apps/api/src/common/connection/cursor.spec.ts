import { GraphQLError } from 'graphql';

import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  const id = '6f1c2a4e-8b2d-4c1a-9a7e-1f2e3d4c5b6a';

  it('round-trips the sort value and id', () => {
    expect(decodeCursor(encodeCursor(['2026-03-01 10:00:00.123456+00', id]))).toEqual([
      '2026-03-01 10:00:00.123456+00',
      id,
    ]);
  });

  it.each(['not-a-cursor', Buffer.from('["x"]').toString('base64url'), encodeCursor(['x', 'not-a-uuid'])])(
    'answers BAD_USER_INPUT for a forged cursor %s',
    (cursor) => {
      try {
        decodeCursor(cursor);
        throw new Error('expected decodeCursor to throw');
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    },
  );
});
