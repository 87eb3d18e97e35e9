import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { UserError } from '../../common/errors/user-error.type';
import { ImportCounts } from '../../common/import/import-counts';

@InputType()
export class ImportEmployeesInput {
  @Field(() => String, {
    description:
      'Rows "salutation;first name;last name;email;phone;department;role;admin;active" (as exportEmployees writes them; a header row is skipped). Large files: send chunks of about 100 rows.',
  })
  csv: string;

  @Field(() => Int, {
    nullable: true,
    description: "The file line this chunk starts at (default 1), so reports keep the file's line numbers.",
  })
  firstRowNumber?: number | null;
}

export enum EmployeeImportStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(EmployeeImportStatus, {
  name: 'EmployeeImportStatus',
  valuesMap: {
    CREATED: { description: 'A new employee of the company (a new person, or an existing login joining).' },
    UPDATED: { description: 'An employee of the company was changed to match the row.' },
    UNCHANGED: { description: 'The employee already matched the row.' },
    REJECTED: { description: 'Nothing was changed for this row; see the message.' },
  },
});

@ObjectType('EmployeeImportRow')
export class EmployeeImportRowNode {
  @Field(() => Int, { description: 'Line number in the file, from 1.' })
  row: number;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => EmployeeImportStatus)
  status: EmployeeImportStatus;

  @Field(() => String, { nullable: true, description: 'Why a row was rejected, or a note on what happened.' })
  message: string | null;
}

@ObjectType('ImportEmployeesPayload')
export class ImportEmployeesPayload extends ImportCounts {
  @Field(() => [EmployeeImportRowNode])
  rows: EmployeeImportRowNode[];

  @Field(() => [UserError], { description: 'Problems with the chunk as a whole; then nothing was imported.' })
  userErrors: UserError[];
}
