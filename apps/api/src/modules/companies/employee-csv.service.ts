import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { managerFor, TransactionalContext, withTransaction } from '../../common/database/transaction';
import { countImportRows, NO_IMPORT_ROWS } from '../../common/import/import-counts';
import { orUserErrors, RollbackWithUserErrors } from '../../common/errors/rollback-with-user-errors';
import { userError } from '../../common/errors/user-error.type';
import { UNUSABLE_PASSWORD_HASH } from '../identity/password-hasher';
import { UserKind } from '../identity/user.entity';
import { activeCompanyId } from './company-scope';
import { EmployeeCsvRecord, EmployeeCsvRow, formatEmployeeCsv, parseEmployeeCsv, parseYesNo } from './employee-csv';
import { EmployeeImportRowNode, EmployeeImportStatus, ImportEmployeesInput, ImportEmployeesPayload } from './employee-csv.types';
import { EMAIL_PATTERN } from './employees.service';

// One call is one transaction; the SPA sends big files in chunks of ~100 rows (progress), larger calls are refused.
export const MAX_IMPORT_ROWS = 2000;
const MAX_TEXT_LENGTH = 200;
const UNIQUE_VIOLATION = '23505';

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
type Person = { salutation: string | null; firstName: string; lastName: string; phone: string | null };
type Assignment = { isAdmin: boolean; roleId: string | null; department: string | null; active: boolean };
type Plan =
  | { kind: 'newUser'; email: string; person: Person; assignment: Assignment }
  | { kind: 'join'; userId: string; assignment: Assignment }
  | { kind: 'update'; userId: string; membershipId: string; person: Person | null; assignment: Assignment; deactivated: boolean };

// CSV export and import of the active company's employees, with the rules of create/updateEmployee:
// admins hold no role, everyone else a known role, the last active admin stays, shared personal data stays.
// Lookups are batched (one query for the people, one for the roles) and writes go out as set-based statements,
// so a chunk costs a handful of statements whatever its size.
@Injectable()
export class EmployeeCsvService {
  constructor(private readonly dataSource: DataSource) {}

  async exportCsv(context: RequestContext): Promise<string> {
    const rows: Array<Record<keyof EmployeeCsvRecord, string | null>> = await managerFor(context, this.dataSource).query(
      `SELECT u.salutation, u.first_name AS "firstName", u.last_name AS "lastName", u.email, u.phone, m.department,
              r.name AS role, CASE WHEN m.is_admin THEN 'yes' ELSE 'no' END AS admin,
              CASE WHEN m.active THEN 'yes' ELSE 'no' END AS active
       FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN roles r ON r.id = m.role_id
       WHERE m.company_id = $1
       ORDER BY lower(u.last_name), lower(u.first_name), u.id`,
      [activeCompanyId(context)],
    );
    return formatEmployeeCsv(rows);
  }

  async importCsv(context: RequestContext, input: ImportEmployeesInput): Promise<ImportEmployeesPayload> {
    const rows = parseEmployeeCsv(input.csv, Math.max(1, input.firstRowNumber ?? 1));
    if (!Array.isArray(rows)) return refused(rows);
    if (!rows.length) return refused(userError('NO_ROWS', 'The file has no employee rows.', ['input', 'csv']));
    if (rows.length > MAX_IMPORT_ROWS) {
      return refused(userError('TOO_MANY_ROWS', `Send at most ${MAX_IMPORT_ROWS} rows at a time.`, ['input', 'csv']));
    }
    return orUserErrors<ImportEmployeesPayload>(
      () => withTransaction(context, this.dataSource, (tx) => this.importRows(tx, rows)).catch(rethrowUniqueAsConflict),
      (userErrors) => refused(...userErrors),
    );
  }

  private async importRows(tx: TransactionalContext, rows: EmployeeCsvRow[]): Promise<ImportEmployeesPayload> {
    const companyId = activeCompanyId(tx);
    // Locking the admin rows serialises imports and demotions: the last-admin rule holds under concurrency.
    const admins: Array<{ id: string }> = await tx.manager.query(
      `SELECT id FROM memberships WHERE company_id = $1 AND is_admin AND active ORDER BY id FOR UPDATE`,
      [companyId],
    );
    const activeAdmins = new Set(admins.map((admin) => admin.id));
    const roles: Array<{ id: string; name: string }> = await tx.manager.query(
      `SELECT id, name FROM roles WHERE company_id = $1`,
      [companyId],
    );
    const roleByName = new Map(roles.map((role) => [role.name.toLowerCase(), role]));
    const emails = [...new Set(rows.map((row) => row.record.email?.toLowerCase()).filter((email) => email != null))];
    const existingRows: ExistingRow[] = await tx.manager.query(
      `SELECT u.id AS user_id, lower(u.email) AS email_key, u.kind, u.salutation, u.first_name, u.last_name, u.phone,
              EXISTS (SELECT 1 FROM memberships o WHERE o.user_id = u.id AND o.company_id <> $2) AS works_elsewhere,
              m.id AS membership_id, m.is_admin, m.role_id, m.department, m.active
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id AND m.company_id = $2
       WHERE lower(u.email) = ANY($1::text[])`,
      [emails, companyId],
    );
    const existingByEmail = new Map(existingRows.map((row) => [row.email_key, row]));

    const report: EmployeeImportRowNode[] = [];
    const plans: Plan[] = [];
    const firstRowOfEmail = new Map<string, number>();
    let newActiveAdmins = 0;
    for (const { row, record } of rows) {
      const reject = (message: string) =>
        report.push({ row, email: record.email, status: EmployeeImportStatus.REJECTED, message });
      const email = record.email ?? '';
      const key = email.toLowerCase();
      const earlier = firstRowOfEmail.get(key);
      if (EMAIL_PATTERN.test(email) && earlier === undefined) firstRowOfEmail.set(key, row);
      const existing = existingByEmail.get(key);
      const checked =
        earlier !== undefined ? `The same email is already in row ${earlier}.` : checkRecord(record, existing, roleByName);
      if (typeof checked === 'string') {
        reject(checked);
        continue;
      }
      const { assignment, person } = checked;
      const { isAdmin, active } = assignment;
      if (!existing?.membership_id && isAdmin && active) newActiveAdmins++;
      if (!existing) {
        plans.push({ kind: 'newUser', email, person, assignment });
        report.push({ row, email, status: EmployeeImportStatus.CREATED, message: null });
        continue;
      }
      if (!existing.membership_id) {
        // Joins as the same person, as createEmployee does: their personal data stays theirs.
        plans.push({ kind: 'join', userId: existing.user_id, assignment });
        report.push({ row, email, status: EmployeeImportStatus.CREATED, message: 'Joined with their existing login.' });
        continue;
      }

      const personChanged =
        person.salutation !== existing.salutation ||
        person.firstName !== existing.first_name ||
        person.lastName !== existing.last_name ||
        person.phone !== existing.phone;
      if (personChanged && existing.works_elsewhere) {
        reject('Also works for another company and keeps their personal data up to date themselves.');
        continue;
      }
      const wasActiveAdmin = activeAdmins.has(existing.membership_id);
      const staysActiveAdmin = isAdmin && active;
      if (wasActiveAdmin && !staysActiveAdmin && activeAdmins.size + newActiveAdmins <= 1) {
        reject('A company needs at least one active admin. Make someone else admin first.');
        continue;
      }
      if (staysActiveAdmin) activeAdmins.add(existing.membership_id);
      else activeAdmins.delete(existing.membership_id);
      const assignmentChanged =
        isAdmin !== existing.is_admin ||
        assignment.roleId !== existing.role_id ||
        assignment.department !== existing.department ||
        active !== existing.active;
      if (!personChanged && !assignmentChanged) {
        report.push({ row, email, status: EmployeeImportStatus.UNCHANGED, message: null });
        continue;
      }
      plans.push({
        kind: 'update',
        userId: existing.user_id,
        membershipId: existing.membership_id,
        person: personChanged ? person : null,
        assignment,
        deactivated: existing.active === true && !active,
      });
      report.push({ row, email, status: EmployeeImportStatus.UPDATED, message: null });
    }

    await this.write(tx, companyId, plans);
    return { rows: report, ...countImportRows(report), userErrors: [] };
  }

  // Set-based writes (unnest of parallel arrays): five statements at most, whatever the chunk size.
  private async write(tx: TransactionalContext, companyId: string, plans: Plan[]): Promise<void> {
    const newUsers = plans.filter((plan) => plan.kind === 'newUser');
    const joins = plans.filter((plan) => plan.kind === 'join');
    const updates = plans.filter((plan) => plan.kind === 'update');

    const userIdByEmail = new Map<string, string>();
    if (newUsers.length) {
      const inserted: Array<{ id: string; email: string }> = await tx.manager.query(
        `INSERT INTO users (email, password_hash, salutation, first_name, last_name, phone, kind)
         SELECT v.email, $1, v.salutation, v.first_name, v.last_name, v.phone, $2
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           AS v(email, salutation, first_name, last_name, phone)
         RETURNING id, email`,
        [
          // New people get an unusable password until an invite link sets one.
          UNUSABLE_PASSWORD_HASH,
          UserKind.EMPLOYEE,
          newUsers.map((plan) => plan.email),
          newUsers.map((plan) => plan.person.salutation),
          newUsers.map((plan) => plan.person.firstName),
          newUsers.map((plan) => plan.person.lastName),
          newUsers.map((plan) => plan.person.phone),
        ],
      );
      for (const row of inserted) userIdByEmail.set(row.email, row.id);
    }
    const memberships = [
      ...newUsers.map((plan) => ({ userId: userIdByEmail.get(plan.email)!, ...plan.assignment })),
      ...joins.map((plan) => ({ userId: plan.userId, ...plan.assignment })),
    ];
    if (memberships.length) {
      await tx.manager.query(
        `INSERT INTO memberships (user_id, company_id, is_admin, role_id, department, active)
         SELECT v.user_id, $1, v.is_admin, v.role_id, v.department, v.active
         FROM unnest($2::uuid[], $3::boolean[], $4::uuid[], $5::text[], $6::boolean[])
           AS v(user_id, is_admin, role_id, department, active)`,
        [companyId, ...assignmentArrays(memberships, (m) => m.userId)],
      );
    }
    const personUpdates = updates.filter((plan) => plan.person !== null);
    if (personUpdates.length) {
      await tx.manager.query(
        `UPDATE users u SET salutation = v.salutation, first_name = v.first_name, last_name = v.last_name,
                phone = v.phone, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
           AS v(id, salutation, first_name, last_name, phone)
         WHERE u.id = v.id`,
        [
          personUpdates.map((plan) => plan.userId),
          personUpdates.map((plan) => plan.person!.salutation),
          personUpdates.map((plan) => plan.person!.firstName),
          personUpdates.map((plan) => plan.person!.lastName),
          personUpdates.map((plan) => plan.person!.phone),
        ],
      );
    }
    if (updates.length) {
      await tx.manager.query(
        `UPDATE memberships m SET is_admin = v.is_admin, role_id = v.role_id, department = v.department, active = v.active
         FROM unnest($2::uuid[], $3::boolean[], $4::uuid[], $5::text[], $6::boolean[])
           AS v(id, is_admin, role_id, department, active)
         WHERE m.id = v.id AND m.company_id = $1`,
        [companyId, ...assignmentArrays(updates.map((plan) => ({ id: plan.membershipId, ...plan.assignment })), (m) => m.id)],
      );
    }
    // Deactivated people lose their sessions for this company at once, as with setEmployeeActive.
    const deactivated = updates.filter((plan) => plan.deactivated).map((plan) => plan.userId);
    if (deactivated.length) {
      await tx.manager.query(
        `UPDATE sessions SET revoked_at = now()
         WHERE user_id = ANY($1::uuid[]) AND active_company_id = $2 AND revoked_at IS NULL`,
        [deactivated, companyId],
      );
    }
  }
}

// The row on its own: a message when it must be rejected, otherwise the assignment it asks for.
function checkRecord(
  record: EmployeeCsvRecord,
  existing: ExistingRow | undefined,
  roleByName: Map<string, { id: string }>,
): string | { assignment: Assignment; person: Person } {
  const { salutation, firstName, lastName, phone } = record;
  if (!EMAIL_PATTERN.test(record.email ?? '')) return 'Enter a valid email address.';
  if (!firstName || !lastName) return 'First and last name are required.';
  if (Object.values(record).some((value) => (value?.length ?? 0) > MAX_TEXT_LENGTH)) {
    return `At most ${MAX_TEXT_LENGTH} characters per field.`;
  }
  const isAdmin = record.admin === null ? false : parseYesNo(record.admin);
  if (isAdmin === undefined) return 'Admin must be yes or no.';
  // An empty cell keeps an employee's state; new people start active.
  const active = record.active === null ? (existing?.active ?? true) : parseYesNo(record.active);
  if (active === undefined) return 'Active must be yes or no.';
  if (isAdmin && record.role) return 'Admins hold no role: leave the role empty for admins.';
  if (!isAdmin && !record.role) return 'Choose a role or make the employee an admin.';
  const role = record.role ? roleByName.get(record.role.toLowerCase()) : null;
  if (record.role && !role) return `Unknown role "${record.role}".`;
  if (existing && existing.kind !== UserKind.EMPLOYEE) return 'This email belongs to an account that cannot join a company.';
  return {
    assignment: { isAdmin, roleId: role?.id ?? null, department: record.department, active },
    person: { salutation, firstName, lastName, phone },
  };
}

function assignmentArrays<T extends Assignment>(items: T[], idOf: (item: T) => string): unknown[] {
  return [
    items.map(idOf),
    items.map((item) => item.isAdmin),
    items.map((item) => item.roleId),
    items.map((item) => item.department),
    items.map((item) => item.active),
  ];
}

function refused(...userErrors: ImportEmployeesPayload['userErrors']): ImportEmployeesPayload {
  return { rows: [], ...NO_IMPORT_ROWS, userErrors };
}

// Someone added one of these emails at the same moment: nothing of the chunk was written; sending it again works.
function rethrowUniqueAsConflict(error: unknown): never {
  if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
    throw new RollbackWithUserErrors([
      userError('CONCURRENT_CHANGE', 'Someone changed these employees at the same time. Send the rows again.', ['input', 'csv']),
    ]);
  }
  throw error;
}
