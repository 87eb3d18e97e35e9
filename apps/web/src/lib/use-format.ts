import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { MoneyValue } from './format';
import {
  formatCountry,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatUnitPrice,
} from './format';

// Formatters bound to the active language, so components re-render on a language switch.
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => ({
      language,
      money: (money: MoneyValue) => formatMoney(money, language),
      unitPrice: (money: MoneyValue) => formatUnitPrice(money, language),
      number: (value: number | string, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
      percent: (rate: string) => formatPercent(rate, language),
      date: (iso: string) => formatDate(iso, language),
      dateTime: (iso: string) => formatDateTime(iso, language),
      country: (code: string) => formatCountry(code, language),
    }),
    [language],
  );
}
