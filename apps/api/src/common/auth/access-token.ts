// What an access token carries: the user and the session. Everything else (company, permissions,
// revocation) is read fresh from the session on each request.
export type AccessTokenPayload = {
  sub: string;
  sid: string;
  exp: number;
};

export function isAccessTokenPayload(value: unknown): value is AccessTokenPayload {
  const payload = value as Partial<AccessTokenPayload> | null;
  // A token without an expiry would be valid forever if the secret leaked once: refuse it.
  return typeof payload?.sub === 'string' && typeof payload.sid === 'string' && Number.isFinite(payload.exp);
}
