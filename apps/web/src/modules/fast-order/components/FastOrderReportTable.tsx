import type { FastOrderReportFieldsFragment } from '@branchline/graphql-types';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { CodeCell } from '../../../ui/CodeCell';
import { NumberCell } from '../../../ui/NumberCell';
import { FastOrderStatusBadge } from './FastOrderStatusBadge';

export interface FastOrderReportTableProps {
  report: FastOrderReportFieldsFragment;
}

// One line per product as the API reports it: rows naming the same product arrive summed.
export function FastOrderReportTable({ report }: FastOrderReportTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" data-testid="fast-order-report">
      <Group gap="sm" role="group" aria-label={t('fastOrder.report.summary')}>
        <Badge color="teal" variant="light" size="lg" radius="sm" tt="none">
          {t('fastOrder.report.ok', { count: report.okCount })}
        </Badge>
        <Badge color={report.problemCount > 0 ? 'red' : 'gray'} variant="light" size="lg" radius="sm" tt="none">
          {t('fastOrder.report.problems', { count: report.problemCount })}
        </Badge>
      </Group>
      <Table.ScrollContainer minWidth={880}>
        <Table aria-label={t('fastOrder.report.label')} striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={72}>{t('fastOrder.report.rows')}</Table.Th>
              <Table.Th>{t('fastOrder.reference')}</Table.Th>
              <Table.Th>{t('fastOrder.report.status')}</Table.Th>
              <Table.Th>{t('fastOrder.report.product')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('fastOrder.quantity')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('cart.unitPrice')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('cart.netAmount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={`${row.reference}-${row.rows.join(',')}`}>
                <Table.Td>
                  <Text size="sm">{row.rows.map((n) => format.number(n)).join(', ')}</Text>
                </Table.Td>
                <CodeCell>{row.reference || t('common.none')}</CodeCell>
                <Table.Td>
                  <FastOrderStatusBadge status={row.status} />
                </Table.Td>
                <Table.Td>
                  {row.product ? (
                    <Stack gap={0}>
                      <Text size="sm">{row.product.name}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {row.product.displayNumber}
                      </Text>
                    </Stack>
                  ) : null}
                  {row.message && (
                    <Text size="xs" c="red.8">
                      {row.message}
                    </Text>
                  )}
                </Table.Td>
                <NumberCell>
                  {row.quantity === null || row.quantity === undefined ? t('common.none') : format.number(row.quantity)}
                  {row.rows.length > 1 && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {t('fastOrder.report.summed')}
                    </Text>
                  )}
                </NumberCell>
                <NumberCell>{row.unitPrice ? format.unitPrice(row.unitPrice) : t('common.none')}</NumberCell>
                <NumberCell strong>{row.netAmount ? format.money(row.netAmount) : t('common.none')}</NumberCell>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
