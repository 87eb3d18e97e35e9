import Decimal from 'decimal.js';

// All money arithmetic goes through decimal.js: NUMERIC columns arrive as strings and stay exact.
export type MoneyValue = { amount: string; currency: string };

export function money(amount: Decimal.Value, currency: string, scale = 2): MoneyValue {
  return { amount: new Decimal(amount).toFixed(scale, Decimal.ROUND_HALF_UP), currency };
}

export function sumAmounts(amounts: Decimal.Value[]): Decimal {
  return amounts.reduce<Decimal>((total, amount) => total.plus(amount), new Decimal(0));
}
