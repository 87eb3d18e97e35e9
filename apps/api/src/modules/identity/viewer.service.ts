import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { unauthenticated } from '../../common/errors/graphql-errors';
import { Company } from '../companies/company.entity';
import { CompanyMembershipNode, ViewerNode } from './identity.types';
import { LoginTarget } from './login-target';
import { User } from './user.entity';

type UserRow = { login_links_enabled: boolean; default_login_target: LoginTarget | null; has_login_link: boolean };
type MembershipRow = { is_admin: boolean; role_name: string | null; login_target: LoginTarget | null };

@Injectable()
export class ViewerService {
  constructor(private readonly data: DataAccess) {}

  async viewer(context: RequestContext): Promise<ViewerNode> {
    const actor = context.requireActor;
    const manager = this.data.manager(context);
    const [users, memberships] = await Promise.all([
      // The operator's settings ride along in the same statement (no extra round trip per sign-in).
      manager
        .createQueryBuilder(User, 'u')
        .addSelect('(SELECT login_links_enabled FROM portal_settings)', 'login_links_enabled')
        .addSelect('(SELECT default_login_target FROM portal_settings)', 'default_login_target')
        .addSelect('EXISTS (SELECT 1 FROM login_links l WHERE l.user_id = u.id)', 'has_login_link')
        .where('u.id = :id', { id: actor.userId })
        .getRawAndEntities<UserRow>(),
      this.memberships(context, actor.userId),
    ]);
    const user = users.entities[0];
    const extra = users.raw[0];
    if (!user || !extra) throw unauthenticated();
    const active = memberships.find((m) => m.company.id === context.company?.companyId) ?? null;
    return {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: `${user.firstName} ${user.lastName}`,
      kind: user.kind,
      isSupervisor: user.isSupervisor,
      activeCompany: active?.company ?? null,
      memberships: memberships.map(({ company, isAdmin, roleName }) => ({ company, isAdmin, roleName })),
      permissions: [...context.permissions].sort(),
      preferredCompany: memberships.find((m) => m.company.id === user.preferredCompanyId)?.company ?? null,
      loginTarget: user.loginTarget ?? active?.loginTarget ?? extra.default_login_target ?? null,
      ownLoginTarget: user.loginTarget,
      loginLinksEnabled: extra.login_links_enabled,
      wantsLoginLink: user.wantsLoginLink,
      hasLoginLink: extra.has_login_link,
    };
  }

  private async memberships(
    context: RequestContext,
    userId: string,
  ): Promise<Array<CompanyMembershipNode & { loginTarget: LoginTarget | null }>> {
    const rows = await this.data
      .manager(context)
      .createQueryBuilder(Company, 'company')
      .innerJoin('memberships', 'membership', 'membership.company_id = company.id')
      .leftJoin('roles', 'role', 'role.id = membership.role_id')
      .select(['company'])
      .addSelect('membership.is_admin', 'is_admin')
      .addSelect('role.name', 'role_name')
      .addSelect('membership.login_target', 'login_target')
      .where('membership.user_id = :userId AND membership.active', { userId })
      .orderBy('company.name')
      .getRawAndEntities<MembershipRow>();
    return rows.entities.map((company, index) => ({
      company,
      isAdmin: rows.raw[index].is_admin,
      roleName: rows.raw[index].role_name,
      loginTarget: rows.raw[index].login_target,
    }));
  }
}
