import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { UserKind } from '../../common/auth/user-kind';
import { DataAccess, TransactionalContext } from '../../common/database/data-access';
import { PasswordHasher, UNUSABLE_PASSWORD_HASH } from './password-hasher';
import { User } from './user.entity';

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
  constructor(
    private readonly data: DataAccess,
    private readonly passwords: PasswordHasher,
  ) {}

  // Emails are unique without regard to case (unique index on lower(email)). `lock` holds the row until the
  // transaction ends, for flows that decide from what they read.
  findByEmail(context: RequestContext, email: string, options: { lock?: boolean } = {}): Promise<User | null> {
    const query = this.data
      .manager(context)
      .createQueryBuilder(User, 'u')
      .where('lower(u.email) = lower(:email)', { email });
    if (options.lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async createUser(tx: TransactionalContext, user: NewUser): Promise<User> {
    const [id] = await this.createUsers(tx, [user]);
    return tx.manager.findOneByOrFail(User, { id });
  }

  // One INSERT whatever the count (CSV imports create hundreds at once); the new ids in the given order.
  async createUsers(tx: TransactionalContext, users: NewUser[]): Promise<string[]> {
    if (!users.length) return [];
    const passwordHashes = await Promise.all(
      users.map(async (user) => (user.password ? this.passwords.hash(user.password) : UNUSABLE_PASSWORD_HASH)),
    );
    const rows: Array<{ id: string; email: string }> = await tx.manager.query(
      `INSERT INTO users (email, password_hash, salutation, first_name, last_name, phone, kind)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       RETURNING id, email`,
      [
        users.map((user) => user.email),
        passwordHashes,
        users.map((user) => user.salutation),
        users.map((user) => user.firstName),
        users.map((user) => user.lastName),
        users.map((user) => user.phone ?? null),
        users.map((user) => user.kind ?? UserKind.EMPLOYEE),
      ],
    );
    // Emails are unique, so they match each new id to its user whatever order RETURNING uses.
    const idByEmail = new Map(rows.map((row) => [row.email, row.id]));
    return users.map((user) => idByEmail.get(user.email)!);
  }

  async setPassword(tx: TransactionalContext, userId: string, password: string): Promise<void> {
    await tx.manager.update(User, { id: userId }, { passwordHash: await this.passwords.hash(password) });
  }
}

// False for people added by an admin or invited who have not set a password yet.
export function hasPassword(user: Pick<User, 'passwordHash'>): boolean {
  return user.passwordHash !== UNUSABLE_PASSWORD_HASH;
}
