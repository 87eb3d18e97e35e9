import { Injectable } from '@nestjs/common';
import { QueryFailedError, SelectQueryBuilder } from 'typeorm';

import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { DataAccess, findInScope } from '../../common/database/data-access';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { UserError, userError } from '../../common/errors/user-error.type';
import { LIMITS } from '../../common/limits';
import { ADMIN_ONLY_PERMISSIONS, PERMISSION_DESCRIPTIONS, ROLE_PERMISSIONS } from './permission-catalog';
import { Role } from './role.entity';
import {
  CreateRoleInput,
  DeleteRoleInput,
  DeleteRolePayload,
  PermissionInfoNode,
  RoleNode,
  RolePayload,
  UpdateRoleInput,
} from './role.types';

const MAX_NAME_LENGTH = LIMITS.roleName.maxLength;
const FOREIGN_KEY_VIOLATION = '23503';

@Injectable()
export class RolesService {
  constructor(private readonly data: DataAccess) {}

  permissionCatalog(_context: RequestContext): PermissionInfoNode[] {
    return [...ROLE_PERMISSIONS, ...ADMIN_ONLY_PERMISSIONS].map((permission) => ({
      permission,
      description: PERMISSION_DESCRIPTIONS[permission],
      adminOnly: ADMIN_ONLY_PERMISSIONS.includes(permission),
    }));
  }

  async list(context: RequestContext): Promise<RoleNode[]> {
    const roles = await this.data.manager(context).find(Role, {
      where: { companyId: context.requireCompany().companyId },
      order: { isPreset: 'DESC', name: 'ASC' },
    });
    return roles.map(toRoleNode);
  }

  // NOT_FOUND for another company's role exactly as for a missing one.
  find(context: RequestContext, id: string): Promise<Role> {
    return findInScope(this.companyRoles(context), id, 'Role');
  }

  async create(context: RequestContext, input: CreateRoleInput): Promise<RolePayload> {
    const companyId = context.requireCompany().companyId;
    const name = input.name.trim();
    const problems = [...validateName(name), ...validatePermissions(input.permissions)];
    if (problems.length) return { role: null, userErrors: problems };
    if (await this.nameTaken(context, name, null)) return { role: null, userErrors: [nameTaken(name)] };
    try {
      const manager = this.data.manager(context);
      const role = await manager.save(
        manager.create(Role, { companyId, name, permissions: uniqueSorted(input.permissions), isPreset: false }),
      );
      return { role: toRoleNode(role), userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return { role: null, userErrors: [nameTaken(name)] };
      throw error;
    }
  }

  // Preset roles: permissions may be tailored, the name stays (every company has them, the SPA labels them).
  async update(context: RequestContext, input: UpdateRoleInput): Promise<RolePayload> {
    const role = await this.find(context, input.id);
    const problems: UserError[] = [];
    if (input.name != null) {
      const name = input.name.trim();
      if (role.isPreset && name !== role.name) {
        problems.push(userError('PRESET_ROLE_NAME', 'Preset roles keep their name.', ['input', 'name']));
      } else {
        problems.push(...validateName(name));
        if (!problems.length && (await this.nameTaken(context, name, role.id))) problems.push(nameTaken(name));
        role.name = name;
      }
    }
    if (input.permissions != null) {
      problems.push(...validatePermissions(input.permissions));
      role.permissions = uniqueSorted(input.permissions);
    }
    if (problems.length) return { role: null, userErrors: problems };
    try {
      const saved = await this.data.manager(context).save(role);
      return { role: toRoleNode(saved), userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return { role: null, userErrors: [nameTaken(role.name)] };
      throw error;
    }
  }

  // A role in use is never deleted silently: the answer names who holds it (past employees too).
  async delete(context: RequestContext, input: DeleteRoleInput): Promise<DeleteRolePayload> {
    return this.data.transaction(context, async (tx) => {
      const role = await this.find(tx, input.id);
      if (role.isPreset) {
        return {
          deletedId: null,
          userErrors: [userError('PRESET_ROLE', 'Preset roles cannot be deleted.', ['input', 'id'])],
        };
      }
      const holders: Array<{ name: string }> = await tx.manager.query(
        `SELECT u.first_name || ' ' || u.last_name AS name FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.role_id = $1 AND m.company_id = $2 ORDER BY lower(u.last_name), lower(u.first_name)`,
        [role.id, role.companyId],
      );
      if (holders.length)
        return {
          deletedId: null,
          userErrors: [
            roleInUse(
              role.name,
              holders.map((h) => h.name),
            ),
          ],
        };
      try {
        await tx.manager.delete(Role, { id: role.id, companyId: role.companyId });
      } catch (error) {
        // Assigned by someone else between the check and the delete (memberships.role_id is ON DELETE RESTRICT).
        if (pgCode(error) === FOREIGN_KEY_VIOLATION) {
          return { deletedId: null, userErrors: [roleInUse(role.name, ['another employee'])] };
        }
        throw error;
      }
      return { deletedId: role.id, userErrors: [] };
    });
  }

  private async nameTaken(context: RequestContext, name: string, exceptId: string | null): Promise<boolean> {
    const query = this.companyRoles(context).andWhere('lower(r.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('r.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  private companyRoles(context: RequestContext): SelectQueryBuilder<Role> {
    return this.data
      .manager(context)
      .createQueryBuilder(Role, 'r')
      .where('r.company_id = :companyId', { companyId: context.requireCompany().companyId });
  }
}

export function toRoleNode(role: Role): RoleNode {
  return { id: role.id, name: role.name, isPreset: role.isPreset, permissions: role.permissions };
}

function validateName(name: string): UserError[] {
  if (!name) return [userError('REQUIRED', 'Give the role a name.', ['input', 'name'])];
  if (name.length > MAX_NAME_LENGTH) {
    return [userError('TOO_LONG', `Role names have at most ${MAX_NAME_LENGTH} characters.`, ['input', 'name'])];
  }
  return [];
}

function validatePermissions(permissions: Permission[]): UserError[] {
  if (!permissions.length) {
    return [userError('REQUIRED', 'A role needs at least one permission.', ['input', 'permissions'])];
  }
  const refused = permissions.filter((permission) => !ROLE_PERMISSIONS.includes(permission));
  if (refused.length) {
    return [
      userError(
        'PERMISSION_NOT_ASSIGNABLE',
        `Roles cannot include ${refused.join(', ')}: make the employee an admin instead.`,
        ['input', 'permissions'],
      ),
    ];
  }
  return [];
}

function roleInUse(roleName: string, holderNames: string[]): UserError {
  const shown = holderNames.slice(0, 5).join(', ');
  const more = holderNames.length > 5 ? ` and ${holderNames.length - 5} more` : '';
  return userError('ROLE_IN_USE', `The role ${roleName} is held by ${shown}${more}. Assign them another role first.`, [
    'input',
    'id',
  ]);
}

function nameTaken(name: string): UserError {
  return userError('TAKEN', `A role named ${name} already exists.`, ['input', 'name']);
}

function uniqueSorted(permissions: Permission[]): Permission[] {
  return [...new Set(permissions)].sort();
}

function pgCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}
