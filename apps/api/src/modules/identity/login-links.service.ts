import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { UserKind } from '../../common/auth/user-kind';
import { DataAccess } from '../../common/database/data-access';
import { unauthenticated } from '../../common/errors/graphql-errors';
import { userError } from '../../common/errors/user-error.type';
import { AuthService, failed } from './auth.service';
import { AuthPayload } from './identity.types';
import { hashLinkToken, newLinkToken } from './link-tokens';
import { GenerateLoginLinkPayload, LoginWithLinkInput } from './login-link.types';
import { LoginThrottleService, tooManyAttempts } from './login-throttle.service';
import { User } from './user.entity';

const INVALID_LINK = userError('LOGIN_LINK_INVALID', 'This login link is not valid. Sign in with your password.');

// Individual login links: a bookmarkable token that signs an employee in without a password, only while
// the operator has the feature on and the person has opted in. Memberships are checked at sign-in as usual.
@Injectable()
export class LoginLinksService {
  constructor(
    private readonly data: DataAccess,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async generate(context: RequestContext): Promise<GenerateLoginLinkPayload> {
    const actor = context.requireActor;
    return this.data.transaction(context, async (tx) => {
      const rows: Array<{ kind: UserKind; wants_login_link: boolean; enabled: boolean }> = await tx.manager.query(
        `SELECT u.kind, u.wants_login_link, (SELECT login_links_enabled FROM portal_settings) AS enabled
         FROM users u WHERE u.id = $1`,
        [actor.userId],
      );
      const row = rows[0];
      if (!row) throw unauthenticated();
      if (!row.enabled || row.kind !== UserKind.EMPLOYEE) {
        return {
          token: null,
          userErrors: [userError('LOGIN_LINKS_DISABLED', 'Login links are not available in this portal.')],
        };
      }
      if (!row.wants_login_link) {
        return {
          token: null,
          userErrors: [userError('LOGIN_LINK_NOT_WANTED', 'Choose "Yes, I want an individual login link" first.')],
        };
      }
      const token = newLinkToken();
      await tx.manager.query(
        `INSERT INTO login_links (user_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()`,
        [actor.userId, hashLinkToken(token)],
      );
      return { token, userErrors: [] };
    });
  }

  async login(context: RequestContext, input: LoginWithLinkInput): Promise<AuthPayload> {
    const tokenHash = hashLinkToken(input.token);
    // Per-token key: guessing is throttled by the per-IP count, exactly as for passwords.
    const throttleKey = `login-link:${tokenHash.slice(0, 16)}`;
    const retryAfter = await this.throttle.beginAttempt(context, throttleKey);
    if (retryAfter !== null) return failed(tooManyAttempts(retryAfter));
    const user = await this.data
      .manager(context)
      .createQueryBuilder(User, 'u')
      .innerJoin('login_links', 'l', 'l.user_id = u.id')
      .where('l.token_hash = :tokenHash', { tokenHash })
      .andWhere('u.active AND u.wants_login_link AND u.kind = :kind', { kind: UserKind.EMPLOYEE })
      .andWhere('(SELECT login_links_enabled FROM portal_settings)')
      .getOne();
    if (!user) return failed(INVALID_LINK);
    await this.throttle.clearFailures(context, throttleKey);
    return this.auth.startSession(context, user);
  }
}
