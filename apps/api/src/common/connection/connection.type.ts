import { Type } from '@nestjs/common';
import { Field, FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';

import { PageInfo } from './page-info.type';

export type ConnectionResult<T> = {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  // A function is only called when the field is selected (see keysetPaginate).
  totalCount: number | (() => Promise<number>);
};

// Runs the deferred count only for requests that select totalCount.
const resolveLazyCount: FieldMiddleware = async (_context, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

// One list shape for the whole API: `class OrderConnection extends Connection(OrderNode, 'Order') {}`.
export function Connection<T>(nodeType: Type<T>, nodeName: string): Type<ConnectionResult<T>> {
  @ObjectType(`${nodeName}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, {
      description: 'How many items match the filter, across all pages.',
      middleware: [resolveLazyCount],
    })
    totalCount: number | (() => Promise<number>);
  }

  return ConnectionType;
}
