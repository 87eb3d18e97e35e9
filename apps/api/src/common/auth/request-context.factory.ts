import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { unauthenticated } from '../errors/graphql-errors';
import { AccessTokenPayload } from './access-token';
import {
  EMPLOYEE_PERMISSIONS,
  OPERATOR_PERMISSIONS,
  Permission,
  SALES_REP_PERMISSIONS,
  SUPERVISOR_PERMISSIONS,
} from './permission';
import { RequestContext } from './request-context';
import { UserKind } from './user-kind';

type SessionRow = {
  session_id: string;
  user_id: string;
  kind: UserKind;
  is_supervisor: boolean;
  company_id: string | null;
  membership_id: string | null;
  is_admin: boolean | null;
  role_permissions: Permission[] | null;
};

// One statement per request: the session must be live, the user active, and the active company a
// membership that is still active (an employee session without one is over: deactivated or unlinked).
// Last-activity is refreshed at most once a minute in the same statement.
const SESSION_SQL = `
  WITH touched AS (
    UPDATE sessions SET last_active_at = now()
    WHERE id = $1 AND last_active_at < now() - interval '1 minute'
  )
  SELECT s.id AS session_id, u.id AS user_id, u.kind, u.is_supervisor,
         m.company_id, m.id AS membership_id, m.is_admin, r.permissions AS role_permissions
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND u.active
  LEFT JOIN memberships m ON m.user_id = u.id AND m.company_id = s.active_company_id AND m.active
  LEFT JOIN roles r ON r.id = m.role_id
  WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
    AND (u.kind <> 'employee' OR m.id IS NOT NULL)`;

@Injectable()
export class RequestContextFactory {
  constructor(private readonly dataSource: DataSource) {}

  // `manager` lets a sign-in read the session it has just created inside its transaction.
  async forToken(
    payload: Pick<AccessTokenPayload, 'sub' | 'sid'>,
    meta: RequestContext['meta'],
    manager: EntityManager | null = null,
  ): Promise<RequestContext> {
    const rows: SessionRow[] = await (manager ?? this.dataSource.manager).query(SESSION_SQL, [
      payload.sid,
      payload.sub,
    ]);
    const row = rows[0];
    if (!row) throw unauthenticated('Your session has ended. Please sign in again.');

    const actor = { userId: row.user_id, sessionId: row.session_id, kind: row.kind, isSupervisor: row.is_supervisor };
    const company =
      row.company_id && row.membership_id
        ? { companyId: row.company_id, membershipId: row.membership_id, isAdmin: row.is_admin === true }
        : null;
    return new RequestContext(actor, company, new Set(permissionsOf(row, company !== null)), meta, manager);
  }
}

function permissionsOf(row: SessionRow, hasCompany: boolean): readonly Permission[] {
  switch (row.kind) {
    case UserKind.EMPLOYEE:
      if (!hasCompany) return [];
      return row.is_admin ? EMPLOYEE_PERMISSIONS : (row.role_permissions ?? []);
    case UserKind.SALES_REP:
      return row.is_supervisor ? SUPERVISOR_PERMISSIONS : SALES_REP_PERMISSIONS;
    case UserKind.OPERATOR:
      return OPERATOR_PERMISSIONS;
  }
}
