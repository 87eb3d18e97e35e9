import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { UserError, userError } from '../../common/errors/user-error.type';

export const LOGIN_THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 20,
} as const;

// Failed sign-ins counted per subject (an email, or a login-link key) and per IP over a sliding window,
// in Postgres so every replica sees the same counts. Emails are counted whether or not an account
// exists, so throttling reveals nothing.
//
// An attempt is counted as a failure *before* the secret is checked, in the same locked step as the
// check: parallel guesses queue on the lock and each one sees the ones before it, so 40 simultaneous
// wrong passwords get exactly 5 tries, not 40. A right secret then clears the subject's failures.
@Injectable()
export class LoginThrottleService {
  constructor(private readonly data: DataAccess) {}

  // Seconds to wait when the attempt is refused (and then not counted), or null when it may go ahead.
  // Call it outside any transaction of the caller, so the count is committed before the secret is checked.
  async beginAttempt(context: RequestContext, subject: string): Promise<number | null> {
    return this.data.transaction(context, async (tx) => {
      const manager = tx.manager;
      // Subject first, IP second, always: a lock order that cannot deadlock. Released at commit.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('login-throttle'), hashtext($1))`, [
        `subject:${normalise(subject)}`,
      ]);
      if (context.meta.ipAddress !== null) {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('login-throttle'), hashtext($1))`, [
          `ip:${context.meta.ipAddress}`,
        ]);
      }
      const retryAfter = await this.retryAfterSeconds(tx, subject);
      if (retryAfter === null) await this.recordFailure(tx, subject);
      return retryAfter;
    });
  }

  // The secret was right: this attempt and the subject's earlier failures no longer count.
  async clearFailures(context: RequestContext, subject: string): Promise<void> {
    await this.data.manager(context).query(`DELETE FROM login_failures WHERE email = $1`, [normalise(subject)]);
  }

  private async retryAfterSeconds(context: RequestContext, subject: string): Promise<number | null> {
    const rows: Array<{ retry_after: number | null }> = await this.data.manager(context).query(
      `SELECT ceil(extract(epoch FROM greatest(
                (SELECT failed_at FROM login_failures WHERE email = $1 AND failed_at > now() - make_interval(mins => $3)
                 ORDER BY failed_at DESC OFFSET $4 LIMIT 1),
                (SELECT failed_at FROM login_failures WHERE ip_address = $2 AND failed_at > now() - make_interval(mins => $3)
                 ORDER BY failed_at DESC OFFSET $5 LIMIT 1)
              ) + make_interval(mins => $3) - now()))::int AS retry_after`,
      [
        normalise(subject),
        context.meta.ipAddress,
        LOGIN_THROTTLE.windowMinutes,
        LOGIN_THROTTLE.maxFailuresPerEmail - 1,
        LOGIN_THROTTLE.maxFailuresPerIp - 1,
      ],
    );
    const retryAfter = rows[0]?.retry_after ?? null;
    return retryAfter !== null && retryAfter > 0 ? retryAfter : null;
  }

  // Also drops this subject's expired rows, so the table stays small without a cleanup job.
  private async recordFailure(context: RequestContext, subject: string): Promise<void> {
    await this.data.manager(context).query(
      `WITH expired AS (
         DELETE FROM login_failures WHERE email = $1 AND failed_at <= now() - make_interval(mins => $3)
       )
       INSERT INTO login_failures (email, ip_address) VALUES ($1, $2)`,
      [normalise(subject), context.meta.ipAddress, LOGIN_THROTTLE.windowMinutes],
    );
  }
}

export function tooManyAttempts(retryAfterSeconds: number): UserError {
  return userError('TOO_MANY_ATTEMPTS', `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`);
}

function normalise(subject: string): string {
  return subject.trim().toLowerCase();
}
