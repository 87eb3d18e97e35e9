import { Divider, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { MoneyValue } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';

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
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('cart.netTotal')}
        </Text>
        <Text size="sm">{format.money(netTotal)}</Text>
      </Group>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('cart.taxTotal')}
        </Text>
        <Text size="sm">{format.money(taxTotal)}</Text>
      </Group>
      <Divider />
      <Group justify="space-between">
        <Text fw={700}>{t('cart.grossTotal')}</Text>
        <Text fw={700} data-testid="cart-gross-total">
          {format.money(grossTotal)}
        </Text>
      </Group>
      {extra}
    </Stack>
  );
}
