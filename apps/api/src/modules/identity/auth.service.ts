import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager, IsNull } from 'typeorm';

import { AccessTokenPayload } from '../../common/auth/access-token';
import { RequestContext } from '../../common/auth/request-context';
import { RequestContextFactory } from '../../common/auth/request-context.factory';
import { UserKind } from '../../common/auth/user-kind';
import { DataAccess, findByIdInScope } from '../../common/database/data-access';
import { unauthenticated } from '../../common/errors/graphql-errors';
import { UserError, userError } from '../../common/errors/user-error.type';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Membership } from '../companies/membership.entity';
import { AuthPayload, LoginInput } from './identity.types';
import { LoginThrottleService, tooManyAttempts } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { Session } from './session.entity';
import {
  formatRefreshToken,
  hashRefreshSecret,
  newRefreshSecret,
  parseRefreshToken,
  refreshSecretMatches,
} from './session-tokens';
import { User } from './user.entity';
import { UsersService } from './users.service';
import { ViewerService } from './viewer.service';

const INVALID_CREDENTIALS = userError('INVALID_CREDENTIALS', 'Email or password is incorrect.');

@Injectable()
export class AuthService {
  constructor(
    private readonly data: DataAccess,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordHasher,
    private readonly contexts: RequestContextFactory,
    private readonly viewers: ViewerService,
    private readonly throttle: LoginThrottleService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(context: RequestContext, input: LoginInput): Promise<AuthPayload> {
    // Counted before the password is checked: while throttled even the right password is refused, for
    // every email alike.
    const retryAfter = await this.throttle.beginAttempt(context, input.email);
    if (retryAfter !== null) return failed(tooManyAttempts(retryAfter));
    const user = await this.users.findByEmail(context, input.email.trim());
    const passwordOk = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyAgainstNothing(input.password);
    if (!user || !passwordOk) return failed(INVALID_CREDENTIALS);
    await this.throttle.clearFailures(context, input.email);
    // Told only after a correct password, so it reveals nothing to someone guessing.
    if (!user.active)
      return failed(userError('ACCOUNT_INACTIVE', 'This account is deactivated. Ask your administrator.'));

    return this.startSession(context, user);
  }

  // A new session for a user who has just proved who they are (password, invite link, login link).
  // Several companies and no preferred one: signed in to the first, and the SPA asks which one to use.
  async startSession(context: RequestContext, user: User): Promise<AuthPayload> {
    const start = await this.initialCompany(this.data.manager(context), user);
    if (user.kind === UserKind.EMPLOYEE && !start.companyId) {
      return failed(userError('NO_ACTIVE_COMPANY', 'This account is not active at any company.'));
    }
    return this.data.transaction(context, async (tx) => {
      const secret = newRefreshSecret();
      const session = await tx.manager.save(Session, {
        userId: user.id,
        activeCompanyId: start.companyId,
        refreshTokenHash: hashRefreshSecret(secret),
        userAgent: context.meta.userAgent,
        ipAddress: context.meta.ipAddress,
        lastActiveAt: new Date(),
        expiresAt: this.refreshExpiry(),
      });
      return { ...(await this.signedIn(tx, session, secret)), requiresCompanySelection: start.requiresSelection };
    });
  }

  async refreshSession(context: RequestContext, refreshToken: string): Promise<AuthPayload> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw unauthenticated('This refresh token is not valid.');
    return this.data.transaction(context, async (tx) => {
      const session = await tx.manager.findOne(Session, {
        where: { id: parsed.sessionId, revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || session.expiresAt <= new Date())
        throw unauthenticated('Your session has ended. Please sign in again.');
      if (!refreshSecretMatches(parsed.secret, session.refreshTokenHash)) {
        // An old refresh token came back: someone holds a copy. End the session for everyone.
        await tx.manager.update(Session, { id: session.id }, { revokedAt: new Date() });
        return failed(userError('SESSION_REVOKED', 'This session was ended for your security. Please sign in again.'));
      }
      const secret = newRefreshSecret();
      session.refreshTokenHash = hashRefreshSecret(secret);
      session.lastActiveAt = new Date();
      await tx.manager.save(session);
      return this.signedIn(tx, session, secret);
    });
  }

  async logout(context: RequestContext): Promise<boolean> {
    const { sessionId } = context.requireActor;
    await this.data.manager(context).update(Session, { id: sessionId }, { revokedAt: new Date() });
    return true;
  }

  async switchCompany(context: RequestContext, companyId: string): Promise<AuthPayload> {
    const actor = context.requireActor;
    return this.data.transaction(context, async (tx) => {
      // Only a company the person is an active employee of; a malformed id is NOT_FOUND like a foreign one.
      await findByIdInScope(companyId, 'Company', (id) =>
        tx.manager.findOneBy(Membership, { userId: actor.userId, companyId: id, active: true }),
      );
      const session = await tx.manager.findOneByOrFail(Session, { id: actor.sessionId });
      const secret = newRefreshSecret();
      session.activeCompanyId = companyId;
      session.refreshTokenHash = hashRefreshSecret(secret);
      await tx.manager.save(session);
      return this.signedIn(tx, session, secret);
    });
  }

  private async signedIn(context: RequestContext, session: Session, secret: string): Promise<AuthPayload> {
    const payload: Omit<AccessTokenPayload, 'exp'> = { sub: session.userId, sid: session.id };
    const sessionContext = await this.contexts.forToken(payload, context.meta, context.manager);
    return {
      accessToken: await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds }),
      accessTokenExpiresAt: new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000),
      refreshToken: formatRefreshToken(session.id, secret),
      viewer: await this.viewers.viewer(sessionContext),
      requiresCompanySelection: false,
      userErrors: [],
    };
  }

  // Preferred company if still active there, otherwise the first by name. Reps and operators act for none.
  private async initialCompany(
    manager: EntityManager,
    user: User,
  ): Promise<{ companyId: string | null; requiresSelection: boolean }> {
    if (user.kind !== UserKind.EMPLOYEE) return { companyId: null, requiresSelection: false };
    const rows: Array<{ company_id: string; preferred: boolean; active_count: number }> = await manager.query(
      `SELECT m.company_id, m.company_id = $2 AS preferred, count(*) OVER ()::int AS active_count
       FROM memberships m JOIN companies c ON c.id = m.company_id
       WHERE m.user_id = $1 AND m.active
       ORDER BY (m.company_id = $2) DESC, c.name LIMIT 1`,
      [user.id, user.preferredCompanyId],
    );
    const row = rows[0];
    if (!row) return { companyId: null, requiresSelection: false };
    return { companyId: row.company_id, requiresSelection: row.active_count > 1 && !row.preferred };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
  }
}

export function failed(error: UserError): AuthPayload {
  return {
    accessToken: null,
    accessTokenExpiresAt: null,
    refreshToken: null,
    viewer: null,
    requiresCompanySelection: false,
    userErrors: [error],
  };
}
