import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

import { LIMITS } from '../../common/limits';

export const MIN_PASSWORD_LENGTH = LIMITS.password.minLength;

// Stored for people created by an admin until they set a password: it is not an argon2 hash, so no
// password ever verifies against it. (The invite link that lets them set one comes with the invite flow.)
export const UNUSABLE_PASSWORD_HASH = '!no-password-set';

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, { type: argon2id });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    // Same cost as a real check, so "invited, no password yet" cannot be told apart from a wrong password.
    if (passwordHash === UNUSABLE_PASSWORD_HASH) return this.verifyAgainstNothing(password);
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  // Checking a password against a throwaway hash makes "unknown email" cost as much as "wrong password",
  // so response times do not reveal which emails have accounts.
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('branchline-timing-equaliser');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
