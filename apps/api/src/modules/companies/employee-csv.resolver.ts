import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { EmployeeCsvService } from './employee-csv.service';
import { ImportEmployeesInput, ImportEmployeesPayload } from './employee-csv.types';

// Admins only: the file carries every employee's contact data and the import rewrites them.
@Resolver()
export class EmployeeCsvResolver {
  constructor(private readonly employeeCsv: EmployeeCsvService) {}

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Query(() => String, {
    description:
      'CSV (semicolon-separated, header row) of all employees, past and present: the layout importEmployees reads.',
  })
  exportEmployees(@Ctx() context: RequestContext): Promise<string> {
    return this.employeeCsv.exportCsv(context);
  }

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => ImportEmployeesPayload, {
    description: 'Creates and updates employees from CSV rows, one transaction per call, with a report per row.',
  })
  importEmployees(
    @Ctx() context: RequestContext,
    @Args('input') input: ImportEmployeesInput,
  ): Promise<ImportEmployeesPayload> {
    return this.employeeCsv.importCsv(context, input);
  }
}
