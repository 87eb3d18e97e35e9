import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess, findByIdInScope } from '../../common/database/data-access';
import { unauthenticated } from '../../common/errors/graphql-errors';
import { userError } from '../../common/errors/user-error.type';
import { Membership } from '../companies/membership.entity';
import {
  ChangePasswordInput,
  ChangePasswordPayload,
  UpdateAccountPreferencesInput,
  UpdateAccountPreferencesPayload,
} from './account.types';
import { LoginLink } from './login-link.entity';
import { LoginThrottleService, tooManyAttempts } from './login-throttle.service';
import { MIN_PASSWORD_LENGTH, PasswordHasher } from './password-hasher';
import { User } from './user.entity';
import { ViewerService } from './viewer.service';

// The signed-in person's own settings: password, preferred company, login target, login-link opt-in.
@Injectable()
export class AccountService {
  constructor(
    private readonly data: DataAccess,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly viewers: ViewerService,
  ) {}

  // Other sessions end: whoever might have had the old password is signed out; this device stays in.
  async changePassword(context: RequestContext, input: ChangePasswordInput): Promise<ChangePasswordPayload> {
    const actor = context.requireActor;
    const user = await this.data.manager(context).findOneBy(User, { id: actor.userId });
    if (!user) throw unauthenticated();
    // A stolen access token must not become a way around the sign-in throttle. Counted outside the
    // transaction below, so a wrong password stays counted.
    const retryAfter = await this.throttle.beginAttempt(context, user.email);
    if (retryAfter !== null) return { success: false, userErrors: [tooManyAttempts(retryAfter)] };
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      return {
        success: false,
        userErrors: [userError('WRONG_PASSWORD', 'The current password is not correct.', ['input', 'currentPassword'])],
      };
    }
    await this.throttle.clearFailures(context, user.email);
    return this.data.transaction(context, async (tx) => {
      if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
        return {
          success: false,
          userErrors: [
            userError('PASSWORD_TOO_SHORT', `Use at least ${MIN_PASSWORD_LENGTH} characters.`, [
              'input',
              'newPassword',
            ]),
          ],
        };
      }
      await tx.manager.update(User, { id: user.id }, { passwordHash: await this.passwords.hash(input.newPassword) });
      await tx.manager.query(
        `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`,
        [user.id, actor.sessionId],
      );
      return { success: true, userErrors: [] };
    });
  }

  async updatePreferences(
    context: RequestContext,
    input: UpdateAccountPreferencesInput,
  ): Promise<UpdateAccountPreferencesPayload> {
    const actor = context.requireActor;
    return this.data.transaction(context, async (tx) => {
      const changes: Partial<Pick<User, 'preferredCompanyId' | 'loginTarget' | 'wantsLoginLink'>> = {};
      if (input.preferredCompanyId !== undefined) {
        // Only a company the person is an active employee of; anything else answers NOT_FOUND.
        const companyId = input.preferredCompanyId;
        if (companyId !== null) {
          await findByIdInScope(companyId, 'Company', (id) =>
            tx.manager.findOneBy(Membership, { userId: actor.userId, companyId: id, active: true }),
          );
        }
        changes.preferredCompanyId = companyId;
      }
      if (input.loginTarget !== undefined) changes.loginTarget = input.loginTarget;
      if (input.wantsLoginLink != null) changes.wantsLoginLink = input.wantsLoginLink;
      // Opting out ends the link at once; opting in again needs a newly generated one.
      if (input.wantsLoginLink === false) await tx.manager.delete(LoginLink, { userId: actor.userId });
      if (Object.keys(changes).length) await tx.manager.update(User, { id: actor.userId }, changes);
      return { viewer: await this.viewers.viewer(tx), userErrors: [] };
    });
  }
}
