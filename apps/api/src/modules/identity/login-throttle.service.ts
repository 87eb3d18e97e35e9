import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { UserError, userError } from '../../common/errors/user-error.type';

export const LOGIN_THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 20,
} as const;

// Failed sign-ins counted per email and per IP over a sliding window, in Postgres so every replica sees
// the same counts. Emails are counted whether or not an account exists, so throttling reveals nothing.
@Injectable()
export class LoginThrottleService {
  constructor(private readonly data: DataAccess) {}

  // Seconds until the next attempt is allowed, or null when it is allowed now.
  async retryAfterSeconds(context: RequestContext, email: string): Promise<number | null> {
    const rows: Array<{ retry_after: number | null }> = await this.data.manager(context).query(
      `SELECT ceil(extract(epoch FROM greatest(
                (SELECT failed_at FROM login_failures WHERE email = $1 AND failed_at > now() - make_interval(mins => $3)
                 ORDER BY failed_at DESC OFFSET $4 LIMIT 1),
                (SELECT failed_at FROM login_failures WHERE ip_address = $2 AND failed_at > now() - make_interval(mins => $3)
                 ORDER BY failed_at DESC OFFSET $5 LIMIT 1)
              ) + make_interval(mins => $3) - now()))::int AS retry_after`,
      [
        normalise(email),
        context.meta.ipAddress,
        LOGIN_THROTTLE.windowMinutes,
        LOGIN_THROTTLE.maxFailuresPerEmail - 1,
        LOGIN_THROTTLE.maxFailuresPerIp - 1,
      ],
    );
    const retryAfter = rows[0]?.retry_after ?? null;
    return retryAfter !== null && retryAfter > 0 ? retryAfter : null;
  }

  // Also drops this email's expired rows, so the table stays small without a cleanup job.
  async recordFailure(context: RequestContext, email: string): Promise<void> {
    await this.data.manager(context).query(
      `WITH expired AS (
         DELETE FROM login_failures WHERE email = $1 AND failed_at <= now() - make_interval(mins => $3)
       )
       INSERT INTO login_failures (email, ip_address) VALUES ($1, $2)`,
      [normalise(email), context.meta.ipAddress, LOGIN_THROTTLE.windowMinutes],
    );
  }

  async clearFailures(context: RequestContext, email: string): Promise<void> {
    await this.data.manager(context).query(`DELETE FROM login_failures WHERE email = $1`, [normalise(email)]);
  }
}

export function tooManyAttempts(retryAfterSeconds: number): UserError {
  return userError('TOO_MANY_ATTEMPTS', `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`);
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}
