import { UserKind } from '../../common/auth/user-kind';
import { EmployeeCsvRecord, EmployeeCsvRow, parseYesNo } from './employee-csv';
import { EmployeeImportRowNode, EmployeeImportStatus } from './employee-csv.types';
import {
  Assignment,
  assignmentProblems,
  canJoinCompany,
  emailProblems,
  LAST_ADMIN_MESSAGE,
  MAX_TEXT_LENGTH,
  Person,
  personChanged,
  personProblems,
} from './employee-rules';

// A login the file names by email, with its membership in this company if it has one.
export type ExistingEmployee = {
  userId: string;
  kind: UserKind;
  person: Person;
  worksElsewhere: boolean;
  membership: ({ id: string } & Assignment) | null;
};

// What the import needs to know of the database, loaded (and locked) by the writer before planning.
export type EmployeeImportState = {
  roleIdByName: ReadonlyMap<string, string>; // lower-case role name → id
  activeAdminIds: ReadonlySet<string>; // membership ids
  existingByEmail: ReadonlyMap<string, ExistingEmployee>; // lower-case email
};

export type EmployeeImportPlan = {
  newUsers: Array<{ email: string; person: Person; assignment: Assignment }>;
  joins: Array<{ userId: string; assignment: Assignment }>;
  updates: Array<{
    userId: string;
    membershipId: string;
    person: Person | null;
    assignment: Assignment;
    deactivated: boolean;
  }>;
  report: EmployeeImportRowNode[];
};

// Decides every row of an employees file without touching the database, with the rules of
// create/updateEmployee: admins hold no role, everyone else a known role, the last active admin stays,
// shared personal data stays. Rows in file order; the first row of an email wins.
export function planEmployeeImport(
  rows: ReadonlyArray<EmployeeCsvRow>,
  state: EmployeeImportState,
): EmployeeImportPlan {
  const plan: EmployeeImportPlan = { newUsers: [], joins: [], updates: [], report: [] };
  const activeAdmins = new Set(state.activeAdminIds);
  const firstRowOfEmail = new Map<string, number>();
  let newActiveAdmins = 0;

  for (const { row, record } of rows) {
    const report = (status: EmployeeImportStatus, message: string | null = null, email = record.email) =>
      plan.report.push({ row, email, status, message });
    const reject = (message: string) => report(EmployeeImportStatus.REJECTED, message);
    const email = record.email ?? '';
    const key = email.toLowerCase();
    const earlier = firstRowOfEmail.get(key);
    if (!emailProblems(email).length && earlier === undefined) firstRowOfEmail.set(key, row);
    const existing = state.existingByEmail.get(key);
    const checked =
      earlier !== undefined
        ? `The same email is already in row ${earlier}.`
        : checkRecord(record, existing, state.roleIdByName);
    if (typeof checked === 'string') {
      reject(checked);
      continue;
    }
    const { assignment, person } = checked;
    const { isAdmin, active } = assignment;
    if (!existing?.membership && isAdmin && active) newActiveAdmins++;
    if (!existing) {
      plan.newUsers.push({ email, person, assignment });
      report(EmployeeImportStatus.CREATED, null, email);
      continue;
    }
    const { membership } = existing;
    if (!membership) {
      // Joins as the same person, as createEmployee does: their personal data stays theirs.
      plan.joins.push({ userId: existing.userId, assignment });
      report(EmployeeImportStatus.CREATED, 'Joined with their existing login.', email);
      continue;
    }

    const changedPerson = personChanged(person, existing.person);
    if (changedPerson && existing.worksElsewhere) {
      reject('Also works for another company and keeps their personal data up to date themselves.');
      continue;
    }
    const wasActiveAdmin = activeAdmins.has(membership.id);
    const staysActiveAdmin = isAdmin && active;
    if (wasActiveAdmin && !staysActiveAdmin && activeAdmins.size + newActiveAdmins <= 1) {
      reject(LAST_ADMIN_MESSAGE);
      continue;
    }
    if (staysActiveAdmin) activeAdmins.add(membership.id);
    else activeAdmins.delete(membership.id);
    const changedAssignment =
      isAdmin !== membership.isAdmin ||
      assignment.roleId !== membership.roleId ||
      assignment.department !== membership.department ||
      active !== membership.active;
    if (!changedPerson && !changedAssignment) {
      report(EmployeeImportStatus.UNCHANGED, null, email);
      continue;
    }
    plan.updates.push({
      userId: existing.userId,
      membershipId: membership.id,
      person: changedPerson ? person : null,
      assignment,
      deactivated: membership.active && !active,
    });
    report(EmployeeImportStatus.UPDATED, null, email);
  }
  return plan;
}

// The row's messages, in the words of a file report.
const ROW_MESSAGES: Record<string, string> = {
  ADMIN_HOLDS_NO_ROLE: 'Admins hold no role: leave the role empty for admins.',
  ROLE_REQUIRED: 'Choose a role or make the employee an admin.',
};

// The row on its own: a message when it must be rejected, otherwise the person and assignment it asks for.
function checkRecord(
  record: EmployeeCsvRecord,
  existing: ExistingEmployee | undefined,
  roleIdByName: ReadonlyMap<string, string>,
): string | { assignment: Assignment; person: Person } {
  const { salutation, firstName, lastName, phone } = record;
  if (emailProblems(record.email ?? '').length) return 'Enter a valid email address.';
  const nameProblems = personProblems({ firstName: firstName ?? '', lastName: lastName ?? '' });
  if (nameProblems.some((problem) => problem.code === 'REQUIRED')) return 'First and last name are required.';
  if (Object.values(record).some((value) => (value?.length ?? 0) > MAX_TEXT_LENGTH)) {
    return `At most ${MAX_TEXT_LENGTH} characters per field.`;
  }
  const isAdmin = record.admin === null ? false : parseYesNo(record.admin);
  if (isAdmin === undefined) return 'Admin must be yes or no.';
  // An empty cell keeps an employee's state; new people start active.
  const active = record.active === null ? (existing?.membership?.active ?? true) : parseYesNo(record.active);
  if (active === undefined) return 'Active must be yes or no.';
  const [assignmentProblem] = assignmentProblems(isAdmin, Boolean(record.role));
  if (assignmentProblem) return ROW_MESSAGES[assignmentProblem.code] ?? assignmentProblem.message;
  const roleId = record.role ? roleIdByName.get(record.role.toLowerCase()) : null;
  if (record.role && !roleId) return `Unknown role "${record.role}".`;
  if (existing && !canJoinCompany(existing.kind)) return 'This email belongs to an account that cannot join a company.';
  return {
    assignment: { isAdmin, roleId: roleId ?? null, department: record.department, active },
    person: { salutation, firstName: firstName!, lastName: lastName!, phone },
  };
}
