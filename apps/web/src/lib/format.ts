// Display formatting through Intl with the active language; amounts stay decimal strings, never floats.
import { intlLocale } from './i18n';

export interface MoneyValue {
  amount: string;
  currency: string;
}

export function formatMoney(money: MoneyValue, language: string): string {
  const formatter = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: money.currency });
  // Intl formats decimal strings exactly (ES2023), so no float rounding creeps in.
  return formatter.format(money.amount as Intl.StringNumericLiteral);
}

// Unit prices carry four decimals; show them when they matter (€0.1350), else the usual two.
export function formatUnitPrice(money: MoneyValue, language: string): string {
  const formatter = new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
  return formatter.format(money.amount as Intl.StringNumericLiteral);
}

export function formatNumber(value: number | string, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(
    typeof value === 'string' ? (value as Intl.StringNumericLiteral) : value,
  );
}

// The API sends rates in percent ("19.00"); Intl's percent style expects a fraction.
export function formatPercent(ratePercent: string, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 2 }).format(
    Number(ratePercent) / 100,
  );
}

export function formatDate(
  iso: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), options).format(date);
}

export function formatDateTime(iso: string, language: string): string {
  return formatDate(iso, language, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatCountry(countryCode: string, language: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'region' }).of(countryCode) ?? countryCode;
  } catch {
    return countryCode;
  }
}
