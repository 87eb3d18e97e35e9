// What an access token carries: the user and the session. Everything else (company, permissions,
// revocation) is read fresh from the session on each request.
export type AccessTokenPayload = {
  sub: string;
  sid: string;
};

export function isAccessTokenPayload(value: unknown): value is AccessTokenPayload {
  const payload = value as Partial<AccessTokenPayload> | null;
  return typeof payload?.sub === 'string' && typeof payload.sid === 'string';
}
