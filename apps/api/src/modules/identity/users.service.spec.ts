import { UserKind } from '../../common/auth/user-kind';
import { DataAccess, TransactionalContext } from '../../common/database/data-access';
import { PasswordHasher, UNUSABLE_PASSWORD_HASH } from './password-hasher';
import { hasPassword, UsersService } from './users.service';

describe('UsersService.createUsers', () => {
  const passwords = new PasswordHasher();
  // createUsers writes through the transaction it is given; the data helper is not used.
  const service = new UsersService({} as DataAccess, passwords);
  // The database answers in an order of its own; ids must still match their users.
  const query = jest.fn((_sql: string, params: string[][]) =>
    Promise.resolve(params[0].map((email) => ({ id: `id-of-${email}`, email })).reverse()),
  );
  const tx = { manager: { query } } as unknown as TransactionalContext;

  it('writes everyone in one statement and answers their ids in the given order', async () => {
    const ids = await service.createUsers(tx, [
      { email: 'a@example.test', salutation: null, firstName: 'A', lastName: 'One' },
      {
        email: 'b@example.test',
        salutation: 'Ms',
        firstName: 'B',
        lastName: 'Two',
        phone: '+1',
        kind: UserKind.SALES_REP,
        password: 'a-long-password',
      },
    ]);
    expect(ids).toEqual(['id-of-a@example.test', 'id-of-b@example.test']);
    expect(query).toHaveBeenCalledTimes(1);
    const [emails, hashes, , , , phones, kinds] = query.mock.calls[0][1];
    expect(emails).toEqual(['a@example.test', 'b@example.test']);
    expect(phones).toEqual([null, '+1']);
    expect(kinds).toEqual([UserKind.EMPLOYEE, UserKind.SALES_REP]);
    // Without a password nobody can sign in; with one, it is stored as a real hash.
    expect(hashes[0]).toBe(UNUSABLE_PASSWORD_HASH);
    expect(hasPassword({ passwordHash: hashes[0] })).toBe(false);
    await expect(passwords.verify(hashes[1], 'a-long-password')).resolves.toBe(true);
  });

  it('does not touch the database for nobody', async () => {
    query.mockClear();
    await expect(service.createUsers(tx, [])).resolves.toEqual([]);
    expect(query).not.toHaveBeenCalled();
  });
});
