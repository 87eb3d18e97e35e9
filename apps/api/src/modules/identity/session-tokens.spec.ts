import {
  formatRefreshToken,
  hashRefreshSecret,
  newRefreshSecret,
  parseRefreshToken,
  refreshSecretMatches,
} from './session-tokens';

describe('session tokens', () => {
  const sessionId = '6f1c2a4e-8b2d-4c1a-9a7e-1f2e3d4c5b6a';

  it('parses what it formats', () => {
    const secret = newRefreshSecret();
    expect(parseRefreshToken(formatRefreshToken(sessionId, secret))).toEqual({ sessionId, secret });
  });

  it('rejects tokens of the wrong shape', () => {
    expect(parseRefreshToken('garbage')).toBeNull();
    expect(parseRefreshToken(`${sessionId}.short`)).toBeNull();
  });

  it('matches only the current secret', () => {
    const secret = newRefreshSecret();
    const stored = hashRefreshSecret(secret);
    expect(refreshSecretMatches(secret, stored)).toBe(true);
    expect(refreshSecretMatches(newRefreshSecret(), stored)).toBe(false);
  });
});
