import { money, sumAmounts } from './money';

describe('money', () => {
  it('adds decimal strings exactly where floats would drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(['0.10', '0.20']).toFixed(2)).toBe('0.30');
    expect(sumAmounts(Array.from({ length: 1000 }, () => '0.01')).toFixed(2)).toBe('10.00');
  });

  it('rounds half up to cents for display amounts', () => {
    expect(money('2.345', 'EUR')).toEqual({ amount: '2.35', currency: 'EUR' });
    expect(money('2.3449', 'EUR')).toEqual({ amount: '2.34', currency: 'EUR' });
  });

  it('keeps more places when asked, for unit prices', () => {
    expect(money('1.23456', 'EUR', 4).amount).toBe('1.2346');
  });
});
