import type { UserErrorCodeList } from '../../common/errors/user-error-code';

// Signing in, sessions, passwords and login links.
export const IDENTITY_ERRORS = {
  INVALID_CREDENTIALS: 'Email or password is incorrect.',
  ACCOUNT_INACTIVE: 'The account is deactivated.',
  NO_ACTIVE_COMPANY: 'The account is not active at any company.',
  SESSION_REVOKED: 'The session was ended; sign in again.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-in attempts; try again later.',
  WRONG_PASSWORD: 'The current password is not correct.',
  PASSWORD_TOO_SHORT: 'The new password is shorter than the minimum length.',
  LOGIN_LINK_INVALID: 'The login link is unknown, used up or expired.',
  LOGIN_LINKS_DISABLED: 'The portal does not offer login links.',
  LOGIN_LINK_NOT_WANTED: 'The user has not asked for an individual login link.',
} as const satisfies UserErrorCodeList;

export type IdentityErrorCode = keyof typeof IDENTITY_ERRORS;
