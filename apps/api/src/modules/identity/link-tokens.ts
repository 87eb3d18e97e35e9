import { createHash, randomBytes } from 'node:crypto';

// Tokens of one-time invite links and login links: 256 random bits, handed out once; only a SHA-256 is
// stored, so a database leak yields no working link (a fast hash suffices at this entropy).
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token.trim()).digest('hex');
}
