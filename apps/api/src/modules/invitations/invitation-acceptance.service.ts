import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { notFound } from '../../common/errors/graphql-errors';
import { userError } from '../../common/errors/user-error.type';
import { worksElsewhereSql } from '../companies/employee-rules';
import { AuthService, failed } from '../identity/auth.service';
import { AuthPayload } from '../identity/identity.types';
import { hashLinkToken } from '../identity/link-tokens';
import { MIN_PASSWORD_LENGTH, UNUSABLE_PASSWORD_HASH } from '../identity/password-hasher';
import { User } from '../identity/user.entity';
import { UsersService } from '../identity/users.service';
import { AcceptInvitationInput, InvitationPreviewNode } from './invitation-acceptance.types';

type OpenInvitationRow = {
  invitation_id: string;
  user_id: string;
  company_name: string;
  email: string;
  salutation: string | null;
  first_name: string;
  last_name: string;
  expires_at: Date;
};

// An invite is open while unused, not replaced, not expired, and the person still has no password, an
// active membership, an active login and no other company (so the link can never reach anyone else's access).
const OPEN_INVITATION_SQL = `
  SELECT i.id AS invitation_id, u.id AS user_id, c.name AS company_name, u.email, u.salutation,
         u.first_name, u.last_name, i.expires_at
  FROM invitations i
  JOIN memberships m ON m.id = i.membership_id AND m.active
  JOIN users u ON u.id = m.user_id AND u.active AND u.password_hash = $2
  JOIN companies c ON c.id = m.company_id
  WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
    AND NOT ${worksElsewhereSql('u.id', 'm.company_id')}`;

@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly data: DataAccess,
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  // NOT_FOUND alike for unknown, used, replaced and expired links: the link itself is the only secret.
  async preview(context: RequestContext, token: string): Promise<InvitationPreviewNode> {
    const row = await this.findOpen(context, token, false);
    return {
      companyName: row.company_name,
      email: row.email,
      salutation: row.salutation,
      firstName: row.first_name,
      lastName: row.last_name,
      expiresAt: row.expires_at,
    };
  }

  async accept(context: RequestContext, input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.data.transaction(context, async (tx) => {
      // Locked, so two tabs submitting the same link cannot both use it.
      const row = await this.findOpen(tx, input.token, true);
      if (input.password.length < MIN_PASSWORD_LENGTH) {
        return failed(
          userError('PASSWORD_TOO_SHORT', `Use at least ${MIN_PASSWORD_LENGTH} characters.`, ['input', 'password']),
        );
      }
      await this.users.setPassword(tx, row.user_id, input.password);
      await tx.manager.query(`UPDATE invitations SET used_at = now() WHERE id = $1`, [row.invitation_id]);
      return this.auth.startSession(tx, await tx.manager.findOneByOrFail(User, { id: row.user_id }));
    });
  }

  private async findOpen(context: RequestContext, token: string, lock: boolean): Promise<OpenInvitationRow> {
    const rows: OpenInvitationRow[] = await this.data
      .manager(context)
      .query(`${OPEN_INVITATION_SQL}${lock ? ' FOR UPDATE OF i' : ''}`, [hashLinkToken(token), UNUSABLE_PASSWORD_HASH]);
    if (!rows[0]) throw notFound('Invitation');
    return rows[0];
  }
}
