import { Field, Int, ObjectType } from '@nestjs/graphql';

// The totals every per-row import report carries (product numbers, employees, ...).
@ObjectType({ isAbstract: true })
export class ImportCounts {
  @Field(() => Int)
  createdCount: number;

  @Field(() => Int)
  updatedCount: number;

  @Field(() => Int)
  unchangedCount: number;

  @Field(() => Int)
  rejectedCount: number;
}

export function countImportRows(rows: ReadonlyArray<{ status: string }>): ImportCounts {
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  return {
    createdCount: count('CREATED'),
    updatedCount: count('UPDATED'),
    unchangedCount: count('UNCHANGED'),
    rejectedCount: count('REJECTED'),
  };
}

export const NO_IMPORT_ROWS: ImportCounts = { createdCount: 0, updatedCount: 0, unchangedCount: 0, rejectedCount: 0 };
