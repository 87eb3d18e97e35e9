import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess, findInScope, TransactionalContext } from '../../common/database/data-access';
import { andWhereSearch } from '../../common/database/where-search';
import { RollbackWithUserErrors } from '../../common/errors/rollback-with-user-errors';
import { userError } from '../../common/errors/user-error.type';
import { User } from '../identity/user.entity';
import { UsersService } from '../identity/users.service';
import { EmployeeRow, toEmployeeNode } from './employee.mapper';
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
import {
  assignmentProblems,
  canJoinCompany,
  cleanText,
  emailProblems,
  endCompanySessions,
  LAST_ADMIN_MESSAGE,
  lockActiveAdmins,
  personChanged,
  personProblems,
  worksElsewhere,
} from './employee-rules';
import { Membership } from './membership.entity';
import { RolesService } from './roles.service';

const SORT_COLUMNS: Record<EmployeeSortField, string> = {
  [EmployeeSortField.NAME]: `lower("u"."last_name" || ' ' || "u"."first_name")`,
  [EmployeeSortField.CREATED_AT]: '"m"."created_at"',
};

const noEmployee = (userErrors: EmployeePayload['userErrors']): EmployeePayload => ({ employee: null, userErrors });

@Injectable()
export class EmployeesService {
  constructor(
    private readonly data: DataAccess,
    private readonly roles: RolesService,
    private readonly users: UsersService,
  ) {}

  async list(context: RequestContext, args: EmployeesArgs): Promise<ConnectionResult<EmployeeNode>> {
    const query = this.companyEmployees(context);
    andWhereSearch(query, args.filter?.search, [
      `("u"."first_name" || ' ' || "u"."last_name" || ' ' || "u"."email") ILIKE :pattern`,
    ]);
    if (args.filter?.active != null) query.andWhere('m.active = :active', { active: args.filter.active });
    const page = await keysetPaginate(query, args, {
      expression: SORT_COLUMNS[args.orderBy?.field ?? EmployeeSortField.NAME],
      direction: args.orderBy?.direction ?? SortDirection.ASC,
    });
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toEmployeeNode(edge.node as EmployeeRow) })),
    };
  }

  // A person whose email already signs in elsewhere joins as the same user (one person, two companies).
  async create(context: RequestContext, input: CreateEmployeeInput): Promise<EmployeePayload> {
    return this.data.mutate(
      context,
      async (tx) => {
        const companyId = tx.requireCompany().companyId;
        const email = input.email.trim();
        const problems = [
          ...personProblems({ firstName: input.firstName, lastName: input.lastName }),
          ...emailProblems(email),
          ...assignmentProblems(input.isAdmin, Boolean(input.roleId)),
        ];
        if (problems.length) throw new RollbackWithUserErrors(problems);
        const role = input.roleId ? await this.roles.find(tx, input.roleId) : null;

        let user = await this.users.findByEmail(tx, email);
        if (user && !canJoinCompany(user.kind)) {
          throw new RollbackWithUserErrors([
            userError('TAKEN', 'This email belongs to an account that cannot join a company.', ['input', 'email']),
          ]);
        }
        if (user && (await tx.manager.existsBy(Membership, { userId: user.id, companyId }))) {
          throw new RollbackWithUserErrors([
            userError('ALREADY_EMPLOYEE', `${email} is already an employee of this company.`, ['input', 'email']),
          ]);
        }
        // New people get no password until an invite link (inviteEmployee) sets the first one.
        user ??= await this.users.createUser(tx, {
          email,
          salutation: cleanText(input.salutation),
          firstName: input.firstName.trim(),
          lastName: input.lastName.trim(),
          phone: cleanText(input.phone),
        });
        const membership = await tx.manager.save(
          tx.manager.create(Membership, {
            userId: user.id,
            companyId,
            isAdmin: input.isAdmin,
            roleId: role?.id ?? null,
            department: cleanText(input.department),
            active: input.active,
            loginTarget: input.loginTarget ?? null,
          }),
        );
        return { employee: toEmployeeNode({ ...membership, user }), userErrors: [] };
      },
      noEmployee,
      // Two admins adding the same new email at once: the loser gets the same kind of answer as a clash found up front.
      {
        onUniqueViolation: () => [
          userError('ALREADY_EMPLOYEE', 'Someone just added this email. Reload the list.', ['input', 'email']),
        ],
      },
    );
  }

  async update(context: RequestContext, input: UpdateEmployeeInput): Promise<EmployeePayload> {
    return this.data.mutate(
      context,
      async (tx) => {
        const employee = await this.findForUpdate(tx, input.id);
        const { user } = employee;

        const personal = {
          salutation: input.salutation === undefined ? user.salutation : cleanText(input.salutation),
          firstName: input.firstName?.trim() ?? user.firstName,
          lastName: input.lastName?.trim() ?? user.lastName,
          phone: input.phone === undefined ? user.phone : cleanText(input.phone),
        };
        const changed = personChanged(personal, user);
        const problems = personProblems(personal);
        // Personal data belongs to the person: one company's admin must not rewrite what another company sees.
        if (changed && (await worksElsewhere(tx.manager, employee.userId, employee.companyId))) {
          problems.push(
            userError(
              'PERSONAL_DATA_SHARED',
              `${user.firstName} ${user.lastName} also works for another company and keeps their personal data up to date themselves.`,
              ['input'],
            ),
          );
        }

        if (input.isAdmin === true && input.roleId) problems.push(...assignmentProblems(true, true));
        const isAdmin = input.isAdmin ?? (input.roleId ? false : employee.isAdmin);
        const roleId = isAdmin ? null : (input.roleId ?? employee.roleId);
        if (!problems.length) problems.push(...assignmentProblems(isAdmin, roleId !== null));
        if (problems.length) throw new RollbackWithUserErrors(problems);
        const role = roleId && roleId !== employee.roleId ? await this.roles.find(tx, roleId) : null;
        if (employee.isAdmin && !isAdmin && employee.active) await this.ensureAnotherAdmin(tx, employee);

        if (changed) {
          await tx.manager.update(User, { id: user.id }, personal);
          Object.assign(user, personal);
        }
        employee.isAdmin = isAdmin;
        employee.roleId = role?.id ?? roleId;
        if (input.department !== undefined) employee.department = cleanText(input.department);
        if (input.loginTarget !== undefined) employee.loginTarget = input.loginTarget;
        await tx.manager.update(
          Membership,
          { id: employee.id },
          {
            isAdmin: employee.isAdmin,
            roleId: employee.roleId,
            department: employee.department,
            loginTarget: employee.loginTarget,
          },
        );
        return { employee: toEmployeeNode(employee), userErrors: [] };
      },
      noEmployee,
    );
  }

  // Deactivating ends the person's sessions for this company at once (their other companies keep working).
  async setActive(context: RequestContext, input: SetEmployeeActiveInput): Promise<EmployeePayload> {
    return this.data.mutate(
      context,
      async (tx) => {
        const employee = await this.findForUpdate(tx, input.id);
        if (!input.active && employee.isAdmin && employee.active) await this.ensureAnotherAdmin(tx, employee);
        employee.active = input.active;
        await tx.manager.update(Membership, { id: employee.id }, { active: input.active });
        if (!input.active) await endCompanySessions(tx.manager, [employee.userId], employee.companyId);
        return { employee: toEmployeeNode(employee), userErrors: [] };
      },
      noEmployee,
    );
  }

  // Removes the membership; the person (and what they ordered) stays, and so do their other companies.
  async unlink(context: RequestContext, input: UnlinkEmployeeInput): Promise<UnlinkEmployeePayload> {
    return this.data.mutate<UnlinkEmployeePayload>(
      context,
      async (tx) => {
        const employee = await this.findForUpdate(tx, input.id);
        if (employee.isAdmin && employee.active) await this.ensureAnotherAdmin(tx, employee);
        await tx.manager.delete(Membership, { id: employee.id, companyId: employee.companyId });
        await endCompanySessions(tx.manager, [employee.userId], employee.companyId);
        await tx.manager.update(
          User,
          { id: employee.userId, preferredCompanyId: employee.companyId },
          { preferredCompanyId: null },
        );
        return { unlinkedId: employee.id, userErrors: [] };
      },
      (userErrors) => ({ unlinkedId: null, userErrors }),
    );
  }

  companyEmployees(context: RequestContext): SelectQueryBuilder<Membership> {
    return this.data
      .manager(context)
      .createQueryBuilder(Membership, 'm')
      .innerJoinAndMapOne('m.user', User, 'u', 'u.id = m.user_id')
      .where('m.company_id = :companyId', { companyId: context.requireCompany().companyId });
  }

  // NOT_FOUND for another company's employee exactly as for a missing one. Locks the membership row only
  // (not the user, whom orders and carts reference).
  private async findForUpdate(tx: TransactionalContext, id: string): Promise<EmployeeRow> {
    const scope = this.companyEmployees(tx).setLock('pessimistic_write', undefined, ['m']);
    return (await findInScope(scope, id, 'Employee')) as EmployeeRow;
  }

  private async ensureAnotherAdmin(tx: TransactionalContext, employee: Membership): Promise<void> {
    const admins = await lockActiveAdmins(tx.manager, employee.companyId);
    admins.delete(employee.id);
    if (!admins.size) throw new RollbackWithUserErrors([userError('LAST_ADMIN', LAST_ADMIN_MESSAGE, ['input', 'id'])]);
  }
}
