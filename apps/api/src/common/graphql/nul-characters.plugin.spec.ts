import { holdsNul } from './nul-characters.plugin';

describe('holdsNul', () => {
  it('finds a NUL at any depth of the variables, in values and in keys', () => {
    expect(holdsNul({ input: { rows: [{ reference: 'SC-1', quantity: 1 }, { reference: 'A\u0000' }] } })).toBe(true);
    expect(holdsNul({ ['a\u0000']: 1 })).toBe(true);
    expect(holdsNul('x\u0000')).toBe(true);
  });

  it('lets ordinary text, numbers, null and other control characters through', () => {
    expect(holdsNul({ input: { email: 'buyer@acme.test', note: 'line\nbreak\ttab', quantity: 3, po: null } })).toBe(
      false,
    );
    expect(holdsNul(undefined)).toBe(false);
  });
});
