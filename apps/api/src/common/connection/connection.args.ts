import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';

export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

// Arguments every list takes; feature args extend this with their `filter` and `orderBy`.
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
