import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { UserKind } from '../../common/auth/user-kind';
import { DataAccess, TransactionalContext } from '../../common/database/data-access';
import { userError } from '../../common/errors/user-error.type';
import { countImportRows, NO_IMPORT_ROWS } from '../../common/import/import-counts';
import { LIMITS } from '../../common/limits';
import { UsersService } from '../identity/users.service';
import { EmployeeCsvRecord, EmployeeCsvRow, formatEmployeeCsv, parseEmployeeCsv } from './employee-csv';
import { ImportEmployeesInput, ImportEmployeesPayload } from './employee-csv.types';
import { EmployeeImportPlan, EmployeeImportState, ExistingEmployee, planEmployeeImport } from './employee-import-plan';
import { Assignment, endCompanySessions, lockActiveAdmins, worksElsewhereSql } from './employee-rules';

// One call is one transaction; the SPA sends big files in chunks of ~100 rows (progress), larger calls are refused.
export const MAX_IMPORT_ROWS = LIMITS.employeeImport.maxRows;

type ExistingRow = {
  user_id: string;
  email_key: string;
  kind: UserKind;
  salutation: string | null;
  first_name: string;
  last_name: string;
  phone: string | null;
  works_elsewhere: boolean;
  membership_id: string | null;
  is_admin: boolean | null;
  role_id: string | null;
  department: string | null;
  active: boolean | null;
};

// CSV export and import of the active company's employees. The import parses, then in one transaction
// loads and locks what the rows touch, plans every row (a pure function, employee-import-plan.ts) and
// writes the plan as set-based statements: a handful of statements per chunk, whatever its size.
@Injectable()
export class EmployeeCsvService {
  constructor(
    private readonly data: DataAccess,
    private readonly users: UsersService,
  ) {}

  async exportCsv(context: RequestContext): Promise<string> {
    const rows: Array<Record<keyof EmployeeCsvRecord, string | null>> = await this.data.manager(context).query(
      `SELECT u.salutation, u.first_name AS "firstName", u.last_name AS "lastName", u.email, u.phone, m.department,
              r.name AS role, CASE WHEN m.is_admin THEN 'yes' ELSE 'no' END AS admin,
              CASE WHEN m.active THEN 'yes' ELSE 'no' END AS active
       FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN roles r ON r.id = m.role_id
       WHERE m.company_id = $1
       ORDER BY lower(u.last_name), lower(u.first_name), u.id`,
      [context.requireCompany().companyId],
    );
    return formatEmployeeCsv(rows);
  }

  async importCsv(context: RequestContext, input: ImportEmployeesInput): Promise<ImportEmployeesPayload> {
    const rows = parseEmployeeCsv(input.csv, Math.max(1, input.firstRowNumber ?? 1));
    if (!Array.isArray(rows)) return refused(rows);
    if (!rows.length) return refused(userError('EMPTY', 'The file has no employee rows.', ['input', 'csv']));
    if (rows.length > MAX_IMPORT_ROWS) {
      return refused(userError('TOO_MANY_ROWS', `Send at most ${MAX_IMPORT_ROWS} rows at a time.`, ['input', 'csv']));
    }
    return this.data.mutate(
      context,
      async (tx) => {
        const plan = planEmployeeImport(rows, await this.importState(tx, rows));
        await this.write(tx, plan);
        return { rows: plan.report, ...countImportRows(plan.report), userErrors: [] };
      },
      (userErrors) => refused(...userErrors),
      // Someone added one of these emails at the same moment: nothing of the chunk was written; sending it again works.
      {
        onUniqueViolation: () => [
          userError('CONCURRENT_CHANGE', 'Someone changed these employees at the same time. Send the rows again.', [
            'input',
            'csv',
          ]),
        ],
      },
    );
  }

  // Three statements: the admin rows (locked, so the last-admin rule holds against concurrent changes),
  // the roles, and everyone the file names by email.
  private async importState(tx: TransactionalContext, rows: EmployeeCsvRow[]): Promise<EmployeeImportState> {
    const companyId = tx.requireCompany().companyId;
    const activeAdminIds = await lockActiveAdmins(tx.manager, companyId);
    const roles: Array<{ id: string; name: string }> = await tx.manager.query(
      `SELECT id, name FROM roles WHERE company_id = $1`,
      [companyId],
    );
    const emails = [...new Set(rows.map((row) => row.record.email?.toLowerCase()).filter((email) => email != null))];
    const existing: ExistingRow[] = await tx.manager.query(
      `SELECT u.id AS user_id, lower(u.email) AS email_key, u.kind, u.salutation, u.first_name, u.last_name, u.phone,
              ${worksElsewhereSql('u.id', '$2')} AS works_elsewhere,
              m.id AS membership_id, m.is_admin, m.role_id, m.department, m.active
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id AND m.company_id = $2
       WHERE lower(u.email) = ANY($1::text[])`,
      [emails, companyId],
    );
    return {
      activeAdminIds,
      roleIdByName: new Map(roles.map((role) => [role.name.toLowerCase(), role.id])),
      existingByEmail: new Map(existing.map((row) => [row.email_key, toExisting(row)])),
    };
  }

  // Set-based writes (unnest of parallel arrays): five statements at most.
  private async write(tx: TransactionalContext, plan: EmployeeImportPlan): Promise<void> {
    const companyId = tx.requireCompany().companyId;
    const { newUsers, joins, updates } = plan;
    // New people get no password until an invite link sets one.
    const createdIds = await this.users.createUsers(
      tx,
      newUsers.map(({ email, person }) => ({ email, ...person })),
    );
    const memberships = [
      ...newUsers.map((plan, index) => ({ id: createdIds[index], ...plan.assignment })),
      ...joins.map((plan) => ({ id: plan.userId, ...plan.assignment })),
    ];
    if (memberships.length) {
      await tx.manager.query(
        `INSERT INTO memberships (user_id, company_id, is_admin, role_id, department, active)
         SELECT v.user_id, $1, v.is_admin, v.role_id, v.department, v.active
         FROM unnest($2::uuid[], $3::boolean[], $4::uuid[], $5::text[], $6::boolean[])
           AS v(user_id, is_admin, role_id, department, active)`,
        [companyId, ...assignmentArrays(memberships)],
      );
    }
    const personUpdates = updates.flatMap((plan) => (plan.person ? [{ userId: plan.userId, ...plan.person }] : []));
    if (personUpdates.length) {
      await tx.manager.query(
        `UPDATE users u SET salutation = v.salutation, first_name = v.first_name, last_name = v.last_name,
                phone = v.phone, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
           AS v(id, salutation, first_name, last_name, phone)
         WHERE u.id = v.id`,
        [
          personUpdates.map((update) => update.userId),
          personUpdates.map((update) => update.salutation),
          personUpdates.map((update) => update.firstName),
          personUpdates.map((update) => update.lastName),
          personUpdates.map((update) => update.phone),
        ],
      );
    }
    if (updates.length) {
      await tx.manager.query(
        `UPDATE memberships m SET is_admin = v.is_admin, role_id = v.role_id, department = v.department, active = v.active
         FROM unnest($2::uuid[], $3::boolean[], $4::uuid[], $5::text[], $6::boolean[])
           AS v(id, is_admin, role_id, department, active)
         WHERE m.id = v.id AND m.company_id = $1`,
        [companyId, ...assignmentArrays(updates.map((plan) => ({ id: plan.membershipId, ...plan.assignment })))],
      );
    }
    // Deactivated people lose their sessions for this company at once, as with setEmployeeActive.
    await endCompanySessions(
      tx.manager,
      updates.filter((plan) => plan.deactivated).map((plan) => plan.userId),
      companyId,
    );
  }
}

function toExisting(row: ExistingRow): ExistingEmployee {
  return {
    userId: row.user_id,
    kind: row.kind,
    person: { salutation: row.salutation, firstName: row.first_name, lastName: row.last_name, phone: row.phone },
    worksElsewhere: row.works_elsewhere,
    membership: row.membership_id
      ? {
          id: row.membership_id,
          isAdmin: row.is_admin!,
          roleId: row.role_id,
          department: row.department,
          active: row.active!,
        }
      : null,
  };
}

// id: the user (new memberships) or the membership (updates).
function assignmentArrays(items: Array<{ id: string } & Assignment>): unknown[] {
  return [
    items.map((item) => item.id),
    items.map((item) => item.isAdmin),
    items.map((item) => item.roleId),
    items.map((item) => item.department),
    items.map((item) => item.active),
  ];
}

function refused(...userErrors: ImportEmployeesPayload['userErrors']): ImportEmployeesPayload {
  return { rows: [], ...NO_IMPORT_ROWS, userErrors };
}
