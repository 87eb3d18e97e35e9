import { formatOrderNumber, orderNumberPattern } from './order-number';

describe('order numbers', () => {
  it('pads the sequence to six digits and grows beyond them', () => {
    expect(formatOrderNumber(2026, 1)).toBe('SO-2026-000001');
    expect(formatOrderNumber(2026, 123)).toBe('SO-2026-000123');
    expect(formatOrderNumber(2027, 1_234_567)).toBe('SO-2027-1234567');
  });

  it('matches only numbers of its year', () => {
    const pattern = new RegExp(orderNumberPattern(2026));
    expect(pattern.test('SO-2026-000123')).toBe(true);
    expect(pattern.test('SO-2025-000123')).toBe(false);
    expect(pattern.test('SO-2026-12a')).toBe(false);
  });
});
