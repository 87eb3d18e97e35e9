import { Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useRemoveCartLine } from '../hooks/useRemoveCartLine';
import type { CartLineChange } from '../hooks/useUpdateCartLine';
import { useUpdateCartLine } from '../hooks/useUpdateCartLine';
import type { CartData } from '../model/cart-types';
import { CartLineRow } from './CartLineRow';

export interface CartLinesTableProps {
  cart: CartData;
}

export function CartLinesTable({ cart }: CartLinesTableProps) {
  const { t } = useTranslation();
  const { updateCartLine } = useUpdateCartLine();
  const { removeCartLine } = useRemoveCartLine();

  const handleChange = async (lineId: string, change: CartLineChange): Promise<string | null> => {
    try {
      const result = await updateCartLine(lineId, change);
      return result.ok ? null : result.userErrors.map((error) => error.message).join(' ') || t('cart.changeFailed');
    } catch {
      return t('errors.network');
    }
  };

  const handleRemove = async (lineId: string) => {
    try {
      await removeCartLine(lineId);
    } catch {
      notifications.show({ color: 'red', message: t('cart.removeFailed') });
    }
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('cart.tableLabel')} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cart.product')}</Table.Th>
            <Table.Th>{t('cart.quantity')}</Table.Th>
            <Table.Th>{t('cart.comment')}</Table.Th>
            <Table.Th style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{t('cart.unitPrice')}</Table.Th>
            <Table.Th style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{t('cart.netAmount')}</Table.Th>
            <Table.Th aria-label={t('cart.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cart.lines.map((line) => (
            <CartLineRow key={line.id} line={line} onChange={handleChange} onRemove={handleRemove} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
