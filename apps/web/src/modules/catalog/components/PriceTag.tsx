import type { PriceSource } from '@branchline/graphql-types';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MoneyValue } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';
import { PriceSourceBadge } from './PriceSourceBadge';

export interface PriceTagProps {
  unitPrice: MoneyValue;
  listPrice: MoneyValue;
  source: PriceSource;
  size?: 'sm' | 'lg';
}

// Unit price as the API resolved it; the list price is struck through only when the customer pays less.
export function PriceTag({ unitPrice, listPrice, source, size = 'sm' }: PriceTagProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const discounted = source !== 'LIST' && Number(unitPrice.amount) < Number(listPrice.amount);
  const large = size === 'lg';
  const amount = (
    <Text fw={700} fz={large ? 28 : 'sm'} lh={1.2} style={{ whiteSpace: 'nowrap' }} data-testid="unit-price">
      {format.unitPrice(unitPrice)}
    </Text>
  );
  const list = discounted && (
    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {t('catalog.listPrice')}{' '}
      <Text span inherit td="line-through" data-testid="list-price">
        {format.unitPrice(listPrice)}
      </Text>
    </Text>
  );
  // Large (product page): badge beside the amount; in table cells everything stacks to keep the column narrow.
  if (large) {
    return (
      <Stack gap={4} align="flex-start">
        <Group gap={10} wrap="nowrap">
          {amount}
          <PriceSourceBadge source={source} size="md" />
        </Group>
        {list}
      </Stack>
    );
  }
  return (
    <Stack gap={3} align="flex-end">
      {amount}
      <PriceSourceBadge source={source} size="sm" />
      {list}
    </Stack>
  );
}
