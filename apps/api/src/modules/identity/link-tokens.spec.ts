import { hashLinkToken, newLinkToken } from './link-tokens';

describe('link tokens', () => {
  it('are 256-bit url-safe strings stored only as a SHA-256', () => {
    const token = newLinkToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newLinkToken()).not.toBe(token);
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    // Pasted links often carry stray whitespace.
    expect(hashLinkToken(` ${token}\n`)).toBe(hashLinkToken(token));
  });
});
