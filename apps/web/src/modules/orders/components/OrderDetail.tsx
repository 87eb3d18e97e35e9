import type { OrderQuery } from '@branchline/graphql-types';
import { Card, Divider, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { AddressBlock } from '../../../ui/AddressBlock';
import { CodeCell } from '../../../ui/CodeCell';
import { Fact } from '../../../ui/Fact';
import { NumberCell } from '../../../ui/NumberCell';
import { TotalsRow } from '../../../ui/TotalsRow';

type OrderDetailData = OrderQuery['order'];

export interface OrderDetailProps {
  order: OrderDetailData;
}

export function OrderDetail({ order }: OrderDetailProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const milestones: [string, string | null | undefined][] = [
    [t('orderDetail.confirmedAt'), order.confirmedAt],
    [t('orderDetail.shippedAt'), order.shippedAt],
    [t('orderDetail.completedAt'), order.completedAt],
    [t('orderDetail.cancelledAt'), order.cancelledAt],
  ];
  // Orders from before online checkout carry none of these.
  const hasCheckoutFacts = Boolean(
    order.billingAddress || order.shippingAddress || order.costCenter || order.shippingMethodName || order.note,
  );

  return (
    <Stack gap="lg">
      <Card>
        <Title order={2} fz="lg" mb="md">
          {t('orderDetail.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
          <Fact label={t('orderDetail.placedAt')}>{format.dateTime(order.placedAt)}</Fact>
          {milestones
            .filter((entry): entry is [string, string] => Boolean(entry[1]))
            .map(([label, at]) => (
              <Fact key={label} label={label}>
                {format.dateTime(at)}
              </Fact>
            ))}
          <Fact label={t('orderDetail.placedBy')}>
            {order.placedBy.fullName}
            <Text size="xs" c="dimmed">
              {order.placedBy.email}
            </Text>
          </Fact>
          {order.placedByRep && (
            <Fact label={t('orderDetail.placedByRep')}>
              {order.placedByRep.fullName}
              <Text size="xs" c="dimmed">
                {order.placedByRep.email}
              </Text>
            </Fact>
          )}
          <Fact label={t('orderDetail.purchaseOrderNumber')}>{order.purchaseOrderNumber ?? t('common.none')}</Fact>
        </SimpleGrid>
      </Card>

      {hasCheckoutFacts && (
        <Card data-testid="order-checkout-facts">
          <Title order={2} fz="lg" mb="md">
            {t('orderDetail.deliveryAndBilling')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
            <Fact label={t('orderDetail.billingAddress')}>
              {order.billingAddress ? <AddressBlock address={order.billingAddress} /> : t('common.none')}
            </Fact>
            <Fact label={t('orderDetail.shippingAddress')}>
              {order.shippingAddress ? <AddressBlock address={order.shippingAddress} /> : t('common.none')}
            </Fact>
            <Stack gap="md">
              <Fact label={t('orderDetail.costCenter')}>
                {order.costCenter ? `${order.costCenter.code} · ${order.costCenter.name}` : t('common.none')}
              </Fact>
              <Fact label={t('orderDetail.paymentMethod')}>{order.paymentMethodName ?? t('common.none')}</Fact>
            </Stack>
            <Fact label={t('orderDetail.shippingMethod')}>
              {order.shippingMethodName ?? t('common.none')}
              <Text size="xs" c="dimmed">
                {t('orderDetail.shippingCostNet', { cost: format.money(order.shippingCost) })}
              </Text>
            </Fact>
          </SimpleGrid>
          {order.note && (
            <>
              <Divider my="md" />
              <Fact label={t('orderDetail.note')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {order.note}
                </Text>
              </Fact>
            </>
          )}
        </Card>
      )}

      <Card>
        <Title order={2} fz="lg" mb="md">
          {t('orderDetail.linesTitle')}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('orderDetail.linesTable')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t('orderDetail.position')}</Table.Th>
                <Table.Th>{t('orderDetail.sku')}</Table.Th>
                <Table.Th>{t('orderDetail.name')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orderDetail.quantity')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orderDetail.unitPrice')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orderDetail.taxRate')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('orderDetail.netAmount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{line.position}</Table.Td>
                  <CodeCell>{line.sku}</CodeCell>
                  <Table.Td>
                    {line.name}
                    {line.comment && (
                      <Text size="xs" c="dimmed" fs="italic" data-testid="order-line-comment">
                        {t('orderDetail.lineComment', { comment: line.comment })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{format.number(line.quantity)}</Table.Td>
                  <NumberCell>{format.money(line.unitPrice)}</NumberCell>
                  <Table.Td style={{ textAlign: 'right' }}>{format.percent(line.taxRate)}</Table.Td>
                  <NumberCell strong>{format.money(line.netAmount)}</NumberCell>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end" mt="md">
          <Stack gap={6} miw={280} aria-label={t('orderDetail.totals')} role="group">
            {order.shippingMethodName && (
              <TotalsRow label={t('orderDetail.shippingIncluded')}>{format.money(order.shippingCost)}</TotalsRow>
            )}
            <TotalsRow label={t('orderDetail.netTotal')}>{format.money(order.netTotal)}</TotalsRow>
            <TotalsRow label={t('orderDetail.taxTotal')}>{format.money(order.taxTotal)}</TotalsRow>
            <Divider />
            <TotalsRow label={t('orderDetail.grossTotal')} strong valueTestId="order-gross-total">
              {format.money(order.grossTotal)}
            </TotalsRow>
          </Stack>
        </Group>
      </Card>
    </Stack>
  );
}
