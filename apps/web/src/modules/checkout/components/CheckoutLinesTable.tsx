import { LIMITS } from '@branchline/graphql-types';
import { Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { NumberCell } from '../../../ui/NumberCell';
import { CartProductCell } from '../../cart/components/CartProductCell';
import type { CartData } from '../../cart/model/cart-types';
import type { CheckoutFormValues } from '../model/checkout-form';

export interface CheckoutLinesTableProps {
  cart: CartData;
  form: UseFormReturnType<CheckoutFormValues>;
}

// The order lines once more, each with the comment that will be printed on the order line.
export function CheckoutLinesTable({ cart, form }: CheckoutLinesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('checkout.linesTable')} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cart.product')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('cart.quantity')}</Table.Th>
            <Table.Th>{t('cart.comment')}</Table.Th>
            <Table.Th style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{t('cart.netAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cart.lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                <CartProductCell line={line} />
                {line.problem && (
                  <Text size="xs" c="red.8" mt={4}>
                    {line.problem.message}
                  </Text>
                )}
              </Table.Td>
              <NumberCell>
                {format.number(line.quantity)} {line.product?.unit ?? ''}
              </NumberCell>
              <Table.Td miw={180}>
                <TextInput
                  aria-label={t('cart.commentFor', { name: line.name })}
                  placeholder={t('cart.commentPlaceholder')}
                  maxLength={LIMITS.lineComment.maxLength}
                  size="sm"
                  {...form.getInputProps(`lineComments.${line.id}`)}
                />
              </Table.Td>
              <NumberCell strong>{line.netAmount ? format.money(line.netAmount) : t('common.none')}</NumberCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
