import type { OrderOrderBy, OrderSortField, OrderSummaryFieldsFragment } from '@branchline/graphql-types';
import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import { IconAction } from '../../../ui/IconAction';
import { NumberCell } from '../../../ui/NumberCell';
import { SortableTh } from '../../../ui/SortableTh';
import { OrderStatusBadge } from './OrderStatusBadge';
import { ReorderButton } from './ReorderButton';

export interface OrdersTableProps {
  orders: OrderSummaryFieldsFragment[];
  label: string;
  orderBy?: OrderOrderBy;
  onSortChange?: (orderBy: OrderOrderBy) => void;
  compact?: boolean;
  // Shown only to people who may order.
  canReorder?: boolean;
}

export function OrdersTable({
  orders,
  label,
  orderBy,
  onSortChange,
  compact = false,
  canReorder = false,
}: OrdersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const handleSort = (field: OrderSortField) => {
    if (!onSortChange) return;
    // A new column starts descending (newest, highest first); the same column toggles.
    const direction = orderBy?.field === field && orderBy.direction === 'DESC' ? 'ASC' : 'DESC';
    onSortChange({ field, direction });
  };

  const header = (field: OrderSortField, text: string, align: 'left' | 'right' = 'left') =>
    onSortChange ? (
      <SortableTh
        direction={orderBy?.field === field ? orderBy.direction : null}
        sortLabel={t('orders.sortBy', { column: text })}
        align={align}
        onSort={() => handleSort(field)}
      >
        {text}
      </SortableTh>
    ) : (
      <Table.Th style={{ textAlign: align }}>{text}</Table.Th>
    );

  return (
    <Table.ScrollContainer minWidth={compact ? 480 : 760}>
      <Table aria-label={label} striped={!compact}>
        <Table.Thead>
          <Table.Tr>
            {header('NUMBER', t('orders.number'))}
            {header('PLACED_AT', t('orders.placedAt'))}
            <Table.Th>{t('orders.status')}</Table.Th>
            {!compact && <Table.Th>{t('orders.placedBy')}</Table.Th>}
            {!compact && <Table.Th>{t('orders.purchaseOrderNumber')}</Table.Th>}
            {!compact && <Table.Th style={{ textAlign: 'right' }}>{t('orders.lines')}</Table.Th>}
            {header('GROSS_TOTAL', t('orders.total'), 'right')}
            <Table.Th w={canReorder ? 88 : 48}>
              <VisuallyHidden>{t('orderDetail.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.order(order.id)} fw={600} size="sm" ff="monospace">
                  {order.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.date(order.placedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <OrderStatusBadge status={order.status} />
              </Table.Td>
              {!compact && (
                <Table.Td>
                  <Text size="sm">{order.placedBy.fullName}</Text>
                </Table.Td>
              )}
              {!compact && (
                <Table.Td>
                  <Text size="sm" c={order.purchaseOrderNumber ? undefined : 'dimmed'}>
                    {order.purchaseOrderNumber ?? t('common.none')}
                  </Text>
                </Table.Td>
              )}
              {!compact && (
                <Table.Td style={{ textAlign: 'right' }}>
                  <Text size="sm">{format.number(order.lineCount)}</Text>
                </Table.Td>
              )}
              <NumberCell strong>{format.money(order.grossTotal)}</NumberCell>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  {canReorder && <ReorderButton orderId={order.id} orderNumber={order.number} compact />}
                  <IconAction
                    label={t('orders.view', { number: order.number })}
                    icon={<IconChevronRight size={18} />}
                    to={paths.order(order.id)}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
