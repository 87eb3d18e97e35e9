import { UserErrorCodeEnum } from './common/errors/user-error-code';
import { USER_ERROR_LISTS } from './user-error-codes';

describe('USER_ERROR_LISTS', () => {
  it('registers every module code in the UserErrorCode enum', () => {
    const codes = Object.values(USER_ERROR_LISTS).flatMap((list) => Object.keys(list));
    expect(Object.keys(UserErrorCodeEnum).sort()).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['REQUIRED', 'TAKEN', 'INVALID_CREDENTIALS', 'NOT_PACK_MULTIPLE']));
  });

  it('names codes in SCREAMING_SNAKE_CASE with a description each', () => {
    for (const list of Object.values(USER_ERROR_LISTS)) {
      for (const [code, description] of Object.entries(list)) {
        expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
        expect(description.length).toBeGreaterThan(10);
      }
    }
  });
});
