import { EntityManager } from 'typeorm';

import { UserKind } from '../../common/auth/user-kind';
import { UserError, userError } from '../../common/errors/user-error.type';
import { LIMITS } from '../../common/limits';

// The rules every way of adding or changing an employee follows: the employee form (create/update),
// the invitation and the CSV import. Each path words its own messages; the rules are these.

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_TEXT_LENGTH = LIMITS.personName.maxLength;
export const LAST_ADMIN_MESSAGE = 'A company needs at least one active admin. Make someone else admin first.';

// Personal data belongs to the person (users row), shared by all their companies.
export type Person = { salutation: string | null; firstName: string; lastName: string; phone: string | null };
// What one company decides about them (memberships row).
export type Assignment = { isAdmin: boolean; roleId: string | null; department: string | null; active: boolean };

// Trimmed text, or null for nothing but spaces.
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function emailProblems(email: string): UserError[] {
  return EMAIL_PATTERN.test(email)
    ? []
    : [userError('EMAIL_INVALID', 'Enter a valid email address.', ['input', 'email'])];
}

export function personProblems(person: { firstName: string; lastName: string }): UserError[] {
  const problems: UserError[] = [];
  for (const field of ['firstName', 'lastName'] as const) {
    const value = person[field].trim();
    if (!value) problems.push(userError('REQUIRED', 'This field is required.', ['input', field]));
    else if (value.length > MAX_TEXT_LENGTH) {
      problems.push(userError('TOO_LONG', `At most ${MAX_TEXT_LENGTH} characters.`, ['input', field]));
    }
  }
  return problems;
}

// Admins hold every permission and no role; everyone else needs exactly one role.
export function assignmentProblems(isAdmin: boolean, hasRole: boolean): UserError[] {
  if (isAdmin && hasRole) {
    return [
      userError('ADMIN_HOLDS_NO_ROLE', 'Admins hold no role: choose admin or a role, not both.', ['input', 'roleId']),
    ];
  }
  if (!isAdmin && !hasRole)
    return [userError('ROLE_REQUIRED', 'Choose a role or make the employee an admin.', ['input', 'roleId'])];
  return [];
}

// Reps and operators sign in too, but never belong to a company.
export function canJoinCompany(kind: UserKind): boolean {
  return kind === UserKind.EMPLOYEE;
}

export function personChanged(next: Person, current: Person): boolean {
  return (['salutation', 'firstName', 'lastName', 'phone'] as const).some((key) => next[key] !== current[key]);
}

// SQL: the user also belongs to another company. Then one company's admin must not rewrite their personal
// data (the other company sees it too) nor hand out a link that sets their password.
export function worksElsewhereSql(userId: string, companyId: string): string {
  return `EXISTS (SELECT 1 FROM memberships elsewhere WHERE elsewhere.user_id = ${userId} AND elsewhere.company_id <> ${companyId})`;
}

export async function worksElsewhere(manager: EntityManager, userId: string, companyId: string): Promise<boolean> {
  const rows: Array<{ answer: boolean }> = await manager.query(`SELECT ${worksElsewhereSql('$1', '$2')} AS answer`, [
    userId,
    companyId,
  ]);
  return rows[0]?.answer === true;
}

// Locks the company's active admin rows (membership ids): demotions, deactivations and imports queue up
// behind each other, so two of them can never remove the last admin together.
export async function lockActiveAdmins(manager: EntityManager, companyId: string): Promise<Set<string>> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT id FROM memberships WHERE company_id = $1 AND is_admin AND active ORDER BY id FOR UPDATE`,
    [companyId],
  );
  return new Set(rows.map((row) => row.id));
}

// Leaving or deactivated: their sessions for this company end at once (their other companies keep working).
export async function endCompanySessions(manager: EntityManager, userIds: string[], companyId: string): Promise<void> {
  if (!userIds.length) return;
  await manager.query(
    `UPDATE sessions SET revoked_at = now()
     WHERE user_id = ANY($1::uuid[]) AND active_company_id = $2 AND revoked_at IS NULL`,
    [userIds, companyId],
  );
}
