import { Divider, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { MoneyValue } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';
import { TotalsRow } from '../../../ui/TotalsRow';

export interface CartTotalsProps {
  netTotal: MoneyValue;
  taxTotal: MoneyValue;
  grossTotal: MoneyValue;
  // Extra rows above the totals, e.g. the chosen shipping method.
  extra?: ReactNode;
}

// Totals exactly as the API computed them; the SPA never adds money up itself.
export function CartTotals({ netTotal, taxTotal, grossTotal, extra }: CartTotalsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={6} miw={300} role="group" aria-label={t('cart.totals')}>
      <TotalsRow label={t('cart.netTotal')}>{format.money(netTotal)}</TotalsRow>
      <TotalsRow label={t('cart.taxTotal')}>{format.money(taxTotal)}</TotalsRow>
      <Divider />
      <TotalsRow label={t('cart.grossTotal')} strong valueTestId="cart-gross-total">
        {format.money(grossTotal)}
      </TotalsRow>
      {extra}
    </Stack>
  );
}
