import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { TransactionalContext, withTransaction } from '../../common/database/transaction';
import { orUserErrors, RollbackWithUserErrors } from '../../common/errors/rollback-with-user-errors';
import { userError } from '../../common/errors/user-error.type';
import { hashLinkToken, newLinkToken } from '../identity/link-tokens';
import { UNUSABLE_PASSWORD_HASH } from '../identity/password-hasher';
import { User, UserKind } from '../identity/user.entity';
import { activeCompanyId } from './company-scope';
import { clean, EMAIL_PATTERN, toEmployeeNode, validatePerson } from './employees.service';
import { Invitation } from './invitation.entity';
import { InviteEmployeeInput, InviteEmployeePayload } from './invitation.types';
import { Membership } from './membership.entity';
import { RolesService } from './roles.service';

export const INVITATION_TTL_DAYS = 7;

// Invites by one-time link. The membership is created active, the person with an unusable password:
// they appear in the list at once (hasPassword: false = invited) and can sign in once the link set a password.
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RolesService,
  ) {}

  async invite(context: RequestContext, input: InviteEmployeeInput): Promise<InviteEmployeePayload> {
    return orUserErrors<InviteEmployeePayload>(
      () =>
        withTransaction(context, this.dataSource, async (tx) => {
          const companyId = activeCompanyId(tx);
          const email = input.email.trim();
          const problems = [
            ...validatePerson({ firstName: input.firstName, lastName: input.lastName }),
            ...(EMAIL_PATTERN.test(email) ? [] : [userError('EMAIL_INVALID', 'Enter a valid email address.', ['input', 'email'])]),
          ];
          if (problems.length) throw new RollbackWithUserErrors(problems);
          const role = await this.roles.find(tx, input.roleId);

          let user = await tx.manager
            .createQueryBuilder(User, 'u')
            .where('lower(u.email) = lower(:email)', { email })
            .setLock('pessimistic_write')
            .getOne();
          // Whoever holds the link sets the password: never for a login that already has one or works
          // elsewhere, or one company's admin could take over another company's access.
          const hasLogin =
            user !== null &&
            (user.kind !== UserKind.EMPLOYEE ||
              user.passwordHash !== UNUSABLE_PASSWORD_HASH ||
              (await this.worksElsewhere(tx, user.id, companyId)));
          if (hasLogin) {
            throw new RollbackWithUserErrors([
              userError('HAS_LOGIN', `${email} already has a login: add them with "create employee" instead.`, ['input', 'email']),
            ]);
          }
          let membership = user ? await tx.manager.findOneBy(Membership, { userId: user.id, companyId }) : null;
          if (membership?.isAdmin) {
            throw new RollbackWithUserErrors([
              userError('INVITE_ADMIN', 'This person is an admin; invitations only assign roles.', ['input', 'email']),
            ]);
          }

          const person = {
            salutation: clean(input.salutation),
            firstName: input.firstName.trim(),
            lastName: input.lastName.trim(),
          };
          if (user) {
            await tx.manager.update(User, { id: user.id }, person);
            Object.assign(user, person);
          } else {
            user = await tx.manager.save(
              tx.manager.create(User, { ...person, email, passwordHash: UNUSABLE_PASSWORD_HASH, kind: UserKind.EMPLOYEE }),
            );
          }
          const assignment = { roleId: role.id, department: clean(input.department), active: true };
          if (membership) {
            await tx.manager.update(Membership, { id: membership.id }, assignment);
            Object.assign(membership, assignment);
          } else {
            membership = await tx.manager.save(
              tx.manager.create(Membership, { ...assignment, userId: user.id, companyId, isAdmin: false }),
            );
          }

          // Only the newest link works.
          await tx.manager.query(
            `UPDATE invitations SET revoked_at = now()
             WHERE membership_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
            [membership.id],
          );
          const token = newLinkToken();
          const invitation = await tx.manager.save(
            tx.manager.create(Invitation, {
              membershipId: membership.id,
              invitedById: tx.requireActor.userId,
              tokenHash: hashLinkToken(token),
              expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
            }),
          );
          return {
            invitation: {
              id: invitation.id,
              token,
              expiresAt: invitation.expiresAt,
              employee: toEmployeeNode({ ...membership, user }),
            },
            userErrors: [],
          };
        }).catch(rethrowUniqueAsConflict),
      (userErrors) => ({ invitation: null, userErrors }),
    );
  }

  private async worksElsewhere(tx: TransactionalContext, userId: string, companyId: string): Promise<boolean> {
    const rows: unknown[] = await tx.manager.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND company_id <> $2 LIMIT 1`,
      [userId, companyId],
    );
    return rows.length > 0;
  }
}

// Two admins inviting the same new email at once: the loser is told, nothing half-written stays.
function rethrowUniqueAsConflict(error: unknown): never {
  if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
    throw new RollbackWithUserErrors([
      userError('ALREADY_EMPLOYEE', 'Someone just added this email. Reload the list.', ['input', 'email']),
    ]);
  }
  throw error;
}
