import { Card, Divider, Group, Loader, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useProductPrice } from '../hooks/useProductPrice';
import { PriceSourceBadge } from './PriceSourceBadge';
import { PriceTag } from './PriceTag';

const QUANTITY_DEBOUNCE_MS = 250;

export interface PriceBoxProps {
  productId: string;
  unit: string;
  minQuantity: number;
  packSize: number;
  // The cart action sits below the price; it gets the quantity the price was asked for.
  renderAction?: (quantity: number) => ReactNode;
}

export function PriceBox({ productId, unit, minQuantity, packSize, renderAction }: PriceBoxProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [quantity, setQuantity] = useState<number>(Math.max(minQuantity, 1));
  const [debouncedQuantity] = useDebouncedValue(quantity, QUANTITY_DEBOUNCE_MS);
  const { price, loading, error } = useProductPrice(productId, debouncedQuantity);

  const handleQuantityChange = (value: string | number) => {
    const next = typeof value === 'number' ? value : Number.parseInt(value, 10);
    // An empty or invalid field keeps the last price instead of asking for quantity 0.
    if (Number.isFinite(next) && next >= 1) setQuantity(Math.floor(next));
  };

  const activeTier =
    price?.source === 'TIER'
      ? [...price.tiers]
          .filter((tier) => tier.minQuantity <= price.quantity)
          .sort((a, b) => b.minQuantity - a.minQuantity)[0]
      : undefined;

  return (
    <Card>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} fz="lg">
            {t('productDetail.yourPrice')}
          </Title>
          {loading && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
        {error && <ErrorNotice title={t('productDetail.priceError')} message={error.message} />}
        {price && (
          <Stack gap={4} data-testid="price-box">
            <PriceTag unitPrice={price.unitPrice} listPrice={price.listPrice} source={price.source} size="lg" />
            <Text size="xs" c="dimmed">
              {t('productDetail.perUnit', { unit, quantity: format.number(price.quantity) })}
            </Text>
            {price.source === 'CONTRACT' && price.contractValidTo && (
              <Text size="xs" c="dimmed">
                {t('productDetail.contractValidTo', { date: format.date(price.contractValidTo) })}
              </Text>
            )}
          </Stack>
        )}
        <NumberInput
          label={t('productDetail.quantity')}
          description={t('productDetail.quantityHint', {
            min: format.number(minQuantity),
            pack: format.number(packSize),
            unit,
          })}
          value={quantity}
          onChange={handleQuantityChange}
          min={1}
          step={packSize}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          w={220}
        />
        {renderAction?.(quantity)}
        {price && price.tiers.length > 0 && (
          <>
            <Divider />
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('productDetail.tiers')}
              </Text>
              <Table aria-label={t('productDetail.tiers')} withRowBorders verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('productDetail.fromQuantity', { unit })}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('productDetail.unitPrice')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {price.tiers.map((tier) => {
                    const active = tier === activeTier;
                    return (
                      <Table.Tr
                        key={`${tier.minQuantity}-${tier.source}`}
                        bg={active ? 'var(--mantine-color-brand-0)' : undefined}
                        aria-current={active ? 'true' : undefined}
                      >
                        <Table.Td>
                          <Text size="sm" fw={active ? 700 : undefined}>
                            {t('productDetail.fromUnits', { quantity: format.number(tier.minQuantity) })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6} justify="flex-end" wrap="nowrap">
                            {tier.source === 'CONTRACT' && <PriceSourceBadge source="CONTRACT" />}
                            <Text size="sm" fw={active ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
                              {format.unitPrice(tier.unitPrice)}
                            </Text>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Stack>
          </>
        )}
      </Stack>
    </Card>
  );
}
