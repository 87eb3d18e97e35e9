import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { escapeLike } from '../../common/database/escape-like';
import { managerFor, TransactionalContext, withTransaction } from '../../common/database/transaction';
import { notFound } from '../../common/errors/graphql-errors';
import { orUserErrors, RollbackWithUserErrors } from '../../common/errors/rollback-with-user-errors';
import { UserError, userError } from '../../common/errors/user-error.type';
import { isUuid } from '../../common/ids';
import { LIMITS } from '../../common/limits';
import { UNUSABLE_PASSWORD_HASH } from '../identity/password-hasher';
import { User, UserKind } from '../identity/user.entity';
import { activeCompanyId } from './company-scope';
import {
  CreateEmployeeInput,
  EmployeeNode,
  EmployeePayload,
  EmployeesArgs,
  EmployeeSortField,
  SetEmployeeActiveInput,
  UnlinkEmployeeInput,
  UnlinkEmployeePayload,
  UpdateEmployeeInput,
} from './employee.types';
import { Membership } from './membership.entity';
import { RolesService } from './roles.service';

const SORT_COLUMNS: Record<EmployeeSortField, string> = {
  [EmployeeSortField.NAME]: `lower("u"."last_name" || ' ' || "u"."first_name")`,
  [EmployeeSortField.CREATED_AT]: '"m"."created_at"',
};
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT_LENGTH = LIMITS.personName.maxLength;
const UNIQUE_VIOLATION = '23505';

type EmployeeRow = Membership & { user: User };

@Injectable()
export class EmployeesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RolesService,
  ) {}

  async list(context: RequestContext, args: EmployeesArgs): Promise<ConnectionResult<EmployeeNode>> {
    const query = this.companyEmployees(context);
    const search = args.filter?.search?.trim();
    if (search) {
      query.andWhere(`("u"."first_name" || ' ' || "u"."last_name" || ' ' || "u"."email") ILIKE :pattern`, {
        pattern: `%${escapeLike(search)}%`,
      });
    }
    if (args.filter?.active != null) query.andWhere('m.active = :active', { active: args.filter.active });
    const page = await keysetPaginate(query, args, {
      expression: SORT_COLUMNS[args.orderBy?.field ?? EmployeeSortField.NAME],
      direction: args.orderBy?.direction ?? SortDirection.ASC,
    });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toEmployeeNode(edge.node as EmployeeRow) })) };
  }

  // A person whose email already signs in elsewhere joins as the same user (one person, two companies).
  async create(context: RequestContext, input: CreateEmployeeInput): Promise<EmployeePayload> {
    return orUserErrors<EmployeePayload>(
      () =>
        withTransaction(context, this.dataSource, async (tx) => {
          const companyId = activeCompanyId(tx);
          const email = input.email.trim();
          const problems = [
            ...validatePerson({ firstName: input.firstName, lastName: input.lastName }),
            ...(EMAIL_PATTERN.test(email) ? [] : [userError('EMAIL_INVALID', 'Enter a valid email address.', ['input', 'email'])]),
            ...validateAssignment(input.isAdmin, input.roleId ?? null),
          ];
          if (problems.length) throw new RollbackWithUserErrors(problems);
          const role = input.roleId ? await this.roles.find(tx, input.roleId) : null;

          let user = await tx.manager
            .createQueryBuilder(User, 'u')
            .where('lower(u.email) = lower(:email)', { email })
            .getOne();
          if (user && user.kind !== UserKind.EMPLOYEE) {
            throw new RollbackWithUserErrors([emailTaken()]);
          }
          if (user && (await tx.manager.existsBy(Membership, { userId: user.id, companyId }))) {
            throw new RollbackWithUserErrors([
              userError('ALREADY_EMPLOYEE', `${email} is already an employee of this company.`, ['input', 'email']),
            ]);
          }
          // New people get an unusable password until an invite link (inviteEmployee) sets the first one.
          user ??= await tx.manager.save(
            tx.manager.create(User, {
              email,
              passwordHash: UNUSABLE_PASSWORD_HASH,
              salutation: clean(input.salutation),
              firstName: input.firstName.trim(),
              lastName: input.lastName.trim(),
              phone: clean(input.phone),
              kind: UserKind.EMPLOYEE,
            }),
          );
          const membership = await tx.manager.save(
            tx.manager.create(Membership, {
              userId: user.id,
              companyId,
              isAdmin: input.isAdmin,
              roleId: role?.id ?? null,
              department: clean(input.department),
              active: input.active,
              loginTarget: input.loginTarget ?? null,
            }),
          );
          return { employee: toEmployeeNode({ ...membership, user }), userErrors: [] };
        }).catch(rethrowUniqueAsEmailTaken),
      (userErrors) => ({ employee: null, userErrors }),
    );
  }

  async update(context: RequestContext, input: UpdateEmployeeInput): Promise<EmployeePayload> {
    return orUserErrors<EmployeePayload>(
      () =>
        withTransaction(context, this.dataSource, async (tx) => {
          const employee = await this.findForUpdate(tx, input.id);
          const { user } = employee;

          const personal = {
            salutation: input.salutation === undefined ? user.salutation : clean(input.salutation),
            firstName: input.firstName?.trim() ?? user.firstName,
            lastName: input.lastName?.trim() ?? user.lastName,
            phone: input.phone === undefined ? user.phone : clean(input.phone),
          };
          const personalChanged = (Object.keys(personal) as Array<keyof typeof personal>).some(
            (key) => personal[key] !== user[key],
          );
          const problems = validatePerson(personal);
          // Personal data belongs to the person: one company's admin must not rewrite what another company sees.
          if (personalChanged && (await this.worksElsewhere(tx, employee))) {
            problems.push(
              userError(
                'PERSONAL_DATA_SHARED',
                `${user.firstName} ${user.lastName} also works for another company and keeps their personal data up to date themselves.`,
                ['input'],
              ),
            );
          }

          if (input.isAdmin === true && input.roleId) problems.push(...validateAssignment(true, input.roleId));
          const isAdmin = input.isAdmin ?? (input.roleId ? false : employee.isAdmin);
          const roleId = isAdmin ? null : (input.roleId ?? employee.roleId);
          if (!problems.length) problems.push(...validateAssignment(isAdmin, roleId));
          if (problems.length) throw new RollbackWithUserErrors(problems);
          const role = roleId && roleId !== employee.roleId ? await this.roles.find(tx, roleId) : null;
          if (employee.isAdmin && !isAdmin && employee.active) await this.ensureAnotherAdmin(tx, employee);

          if (personalChanged) {
            await tx.manager.update(User, { id: user.id }, personal);
            Object.assign(user, personal);
          }
          employee.isAdmin = isAdmin;
          employee.roleId = role?.id ?? roleId;
          if (input.department !== undefined) employee.department = clean(input.department);
          if (input.loginTarget !== undefined) employee.loginTarget = input.loginTarget;
          await tx.manager.update(Membership, { id: employee.id }, {
            isAdmin: employee.isAdmin,
            roleId: employee.roleId,
            department: employee.department,
            loginTarget: employee.loginTarget,
          });
          return { employee: toEmployeeNode(employee), userErrors: [] };
        }),
      (userErrors) => ({ employee: null, userErrors }),
    );
  }

  // Deactivating ends the person's sessions for this company at once (their other companies keep working).
  async setActive(context: RequestContext, input: SetEmployeeActiveInput): Promise<EmployeePayload> {
    return orUserErrors<EmployeePayload>(
      () =>
        withTransaction(context, this.dataSource, async (tx) => {
          const employee = await this.findForUpdate(tx, input.id);
          if (!input.active && employee.isAdmin && employee.active) await this.ensureAnotherAdmin(tx, employee);
          employee.active = input.active;
          await tx.manager.update(Membership, { id: employee.id }, { active: input.active });
          if (!input.active) await this.endCompanySessions(tx, employee);
          return { employee: toEmployeeNode(employee), userErrors: [] };
        }),
      (userErrors) => ({ employee: null, userErrors }),
    );
  }

  // Removes the membership; the person (and what they ordered) stays, and so do their other companies.
  async unlink(context: RequestContext, input: UnlinkEmployeeInput): Promise<UnlinkEmployeePayload> {
    return orUserErrors<UnlinkEmployeePayload>(
      () =>
        withTransaction(context, this.dataSource, async (tx) => {
          const employee = await this.findForUpdate(tx, input.id);
          if (employee.isAdmin && employee.active) await this.ensureAnotherAdmin(tx, employee);
          await tx.manager.delete(Membership, { id: employee.id, companyId: employee.companyId });
          await this.endCompanySessions(tx, employee);
          await tx.manager.update(
            User,
            { id: employee.userId, preferredCompanyId: employee.companyId },
            { preferredCompanyId: null },
          );
          return { unlinkedId: employee.id, userErrors: [] };
        }),
      (userErrors) => ({ unlinkedId: null, userErrors }),
    );
  }

  companyEmployees(context: RequestContext): SelectQueryBuilder<Membership> {
    return managerFor(context, this.dataSource)
      .createQueryBuilder(Membership, 'm')
      .innerJoinAndMapOne('m.user', User, 'u', 'u.id = m.user_id')
      .where('m.company_id = :companyId', { companyId: activeCompanyId(context) });
  }

  // NOT_FOUND for another company's employee exactly as for a missing one. Locks the membership row only
  // (not the user, whom orders and carts reference).
  private async findForUpdate(tx: TransactionalContext, id: string): Promise<EmployeeRow> {
    const employee = isUuid(id)
      ? await this.companyEmployees(tx).andWhere('m.id = :id', { id }).setLock('pessimistic_write', undefined, ['m']).getOne()
      : null;
    if (!employee) throw notFound('Employee');
    return employee as EmployeeRow;
  }

  // Locking every admin row serialises concurrent demotions: two admins cannot remove each other at once.
  private async ensureAnotherAdmin(tx: TransactionalContext, employee: Membership): Promise<void> {
    const admins: Array<{ id: string }> = await tx.manager.query(
      `SELECT id FROM memberships WHERE company_id = $1 AND is_admin AND active ORDER BY id FOR UPDATE`,
      [employee.companyId],
    );
    if (!admins.some((admin) => admin.id !== employee.id)) {
      throw new RollbackWithUserErrors([
        userError('LAST_ADMIN', 'A company needs at least one active admin. Make someone else admin first.', ['input', 'id']),
      ]);
    }
  }

  private async endCompanySessions(tx: TransactionalContext, employee: Membership): Promise<void> {
    await tx.manager.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND active_company_id = $2 AND revoked_at IS NULL`,
      [employee.userId, employee.companyId],
    );
  }

  private async worksElsewhere(tx: TransactionalContext, employee: Membership): Promise<boolean> {
    const rows: unknown[] = await tx.manager.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND company_id <> $2 LIMIT 1`,
      [employee.userId, employee.companyId],
    );
    return rows.length > 0;
  }
}

export function toEmployeeNode(employee: EmployeeRow): EmployeeNode {
  const { user } = employee;
  return {
    id: employee.id,
    salutation: user.salutation,
    firstName: user.firstName,
    lastName: user.lastName,
    fullName: `${user.firstName} ${user.lastName}`,
    email: user.email,
    phone: user.phone,
    department: employee.department,
    isAdmin: employee.isAdmin,
    roleId: employee.roleId,
    active: employee.active,
    loginTarget: employee.loginTarget,
    hasPassword: user.passwordHash !== UNUSABLE_PASSWORD_HASH,
    createdAt: employee.createdAt,
  };
}

export function validatePerson(person: { firstName: string; lastName: string }): UserError[] {
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
function validateAssignment(isAdmin: boolean, roleId: string | null): UserError[] {
  if (isAdmin && roleId) {
    return [userError('ADMIN_HOLDS_NO_ROLE', 'Admins hold no role: choose admin or a role, not both.', ['input', 'roleId'])];
  }
  if (!isAdmin && !roleId) return [userError('ROLE_REQUIRED', 'Choose a role or make the employee an admin.', ['input', 'roleId'])];
  return [];
}

function emailTaken(): UserError {
  return userError('TAKEN', 'This email belongs to an account that cannot join a company.', ['input', 'email']);
}

// Two admins adding the same new email at once: the loser gets the same answer as a clash found up front.
function rethrowUniqueAsEmailTaken(error: unknown): never {
  if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
    throw new RollbackWithUserErrors([
      userError('ALREADY_EMPLOYEE', 'Someone just added this email. Reload the list.', ['input', 'email']),
    ]);
  }
  throw error;
}

export function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
