import { registerUserErrorCodes, UserErrorCodeEnum } from './user-error-code';

describe('registerUserErrorCodes', () => {
  it('refuses a code defined by two lists, naming both', () => {
    expect(() => registerUserErrorCodes({ cart: { EMPTY: 'a' }, orders: { EMPTY: 'b' } })).toThrow(
      'User-error code EMPTY is defined by both cart and orders.',
    );
    expect(UserErrorCodeEnum).toEqual({});
  });

  it('fills the enum with every code as its own value, once', () => {
    registerUserErrorCodes({ common: { REQUIRED: 'r' }, cart: { BELOW_MINIMUM: 'b' } });
    expect(UserErrorCodeEnum).toEqual({ REQUIRED: 'REQUIRED', BELOW_MINIMUM: 'BELOW_MINIMUM' });
    expect(() => registerUserErrorCodes({ common: { TAKEN: 't' } })).toThrow('registered once');
  });
});
