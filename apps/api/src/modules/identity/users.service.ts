import { Injectable } from '@nestjs/common';
import { TransactionalContext } from '../../common/database/data-access';
import { PasswordHasher, UNUSABLE_PASSWORD_HASH } from './password-hasher';
import { User, UserKind } from './user.entity';

export type NewUser = {
  email: string;
  salutation: string | null;
  firstName: string;
  lastName: string;
  phone?: string | null;
  kind?: UserKind;
  // Without one the user cannot sign in until an invite link sets it.
  password?: string;
};

// The one place login identities come to be: the employee form, invitations and the CSV import all
// create users here, with or without a password.
@Injectable()
export class UsersService {
  constructor(private readonly passwords: PasswordHasher) {}

  async createUser(tx: TransactionalContext, user: NewUser): Promise<User> {
    const [created] = await this.createUsers(tx, [user]);
    return created;
  }

  // One INSERT whatever the count (CSV imports create hundreds at once); ids and defaults come back filled in.
  async createUsers(tx: TransactionalContext, users: NewUser[]): Promise<User[]> {
    if (!users.length) return [];
    const rows = await Promise.all(
      users.map(async (user) =>
        tx.manager.create(User, {
          email: user.email,
          passwordHash: user.password ? await this.passwords.hash(user.password) : UNUSABLE_PASSWORD_HASH,
          salutation: user.salutation,
          firstName: user.firstName,
          lastName: user.lastName,
          phone: user.phone ?? null,
          kind: user.kind ?? UserKind.EMPLOYEE,
        }),
      ),
    );
    await tx.manager.insert(User, rows);
    return rows;
  }

  async setPassword(tx: TransactionalContext, userId: string, password: string): Promise<void> {
    await tx.manager.update(User, { id: userId }, { passwordHash: await this.passwords.hash(password) });
  }
}

// False for people added by an admin or invited who have not set a password yet.
export function hasPassword(user: Pick<User, 'passwordHash'>): boolean {
  return user.passwordHash !== UNUSABLE_PASSWORD_HASH;
}
