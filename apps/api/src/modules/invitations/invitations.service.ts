import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { RollbackWithUserErrors } from '../../common/errors/rollback-with-user-errors';
import { userError } from '../../common/errors/user-error.type';
import { toEmployeeNode } from '../companies/employee.mapper';
import { canJoinCompany, cleanText, emailProblems, personProblems, worksElsewhere } from '../companies/employee-rules';
import { Membership } from '../companies/membership.entity';
import { RolesService } from '../companies/roles.service';
import { hashLinkToken, newLinkToken } from '../identity/link-tokens';
import { User } from '../identity/user.entity';
import { hasPassword, UsersService } from '../identity/users.service';
import { Invitation } from './invitation.entity';
import { InviteEmployeeInput, InviteEmployeePayload } from './invitation.types';

export const INVITATION_TTL_DAYS = 7;

// Invites by one-time link. The membership is created active, the person without a password: they appear
// in the list at once (hasPassword: false = invited) and can sign in once the link set a password.
@Injectable()
export class InvitationsService {
  constructor(
    private readonly data: DataAccess,
    private readonly roles: RolesService,
    private readonly users: UsersService,
  ) {}

  async invite(context: RequestContext, input: InviteEmployeeInput): Promise<InviteEmployeePayload> {
    return this.data.mutate<InviteEmployeePayload>(
      context,
      async (tx) => {
        const companyId = tx.requireCompany().companyId;
        const email = input.email.trim();
        const problems = [
          ...personProblems({ firstName: input.firstName, lastName: input.lastName }),
          ...emailProblems(email),
        ];
        if (problems.length) throw new RollbackWithUserErrors(problems);
        const role = await this.roles.find(tx, input.roleId);

        let user = await this.users.findByEmail(tx, email, { lock: true });
        // Whoever holds the link sets the password: never for a login that already has one or works
        // elsewhere, or one company's admin could take over another company's access.
        const hasLogin =
          user !== null &&
          (!canJoinCompany(user.kind) || hasPassword(user) || (await worksElsewhere(tx.manager, user.id, companyId)));
        if (hasLogin) {
          throw new RollbackWithUserErrors([
            userError('HAS_LOGIN', `${email} already has a login: add them with "create employee" instead.`, [
              'input',
              'email',
            ]),
          ]);
        }
        let membership = user ? await tx.manager.findOneBy(Membership, { userId: user.id, companyId }) : null;
        if (membership?.isAdmin) {
          throw new RollbackWithUserErrors([
            userError('INVITE_ADMIN', 'This person is an admin; invitations only assign roles.', ['input', 'email']),
          ]);
        }

        const person = {
          salutation: cleanText(input.salutation),
          firstName: input.firstName.trim(),
          lastName: input.lastName.trim(),
        };
        if (user) {
          await tx.manager.update(User, { id: user.id }, person);
          Object.assign(user, person);
        } else {
          user = await this.users.createUser(tx, { ...person, email });
        }
        const assignment = { roleId: role.id, department: cleanText(input.department), active: true };
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
      },
      (userErrors) => ({ invitation: null, userErrors }),
      // Two admins inviting the same new email at once: the loser is told, nothing half-written stays.
      {
        onUniqueViolation: () => [
          userError('ALREADY_EMPLOYEE', 'Someone just added this email. Reload the list.', ['input', 'email']),
        ],
      },
    );
  }
}
