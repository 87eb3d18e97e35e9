import type {
  CustomerProductNumberFieldsFragment,
  CustomerProductNumberOrderBy,
  CustomerProductNumberSortField,
} from '@branchline/graphql-types';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import { CodeCell } from '../../../ui/CodeCell';
import { IconAction } from '../../../ui/IconAction';
import { SortableTh } from '../../../ui/SortableTh';

export interface ProductNumbersTableProps {
  numbers: CustomerProductNumberFieldsFragment[];
  orderBy: CustomerProductNumberOrderBy;
  canManage: boolean;
  onSortChange: (orderBy: CustomerProductNumberOrderBy) => void;
  onEdit: (number: CustomerProductNumberFieldsFragment) => void;
  onDelete: (number: CustomerProductNumberFieldsFragment) => void;
}

export function ProductNumbersTable({
  numbers,
  orderBy,
  canManage,
  onSortChange,
  onEdit,
  onDelete,
}: ProductNumbersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const header = (field: CustomerProductNumberSortField, text: string) => (
    <SortableTh
      direction={orderBy.field === field ? orderBy.direction : null}
      sortLabel={t('catalog.sortBy', { column: text })}
      onSort={() =>
        onSortChange({ field, direction: orderBy.field === field && orderBy.direction === 'ASC' ? 'DESC' : 'ASC' })
      }
    >
      {text}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('productNumbers.tableLabel')} striped>
        <Table.Thead>
          <Table.Tr>
            {header('NUMBER', t('productNumbers.number'))}
            {header('SKU', t('productNumbers.sku'))}
            <Table.Th>{t('productNumbers.product')}</Table.Th>
            <Table.Th>{t('productNumbers.updatedAt')}</Table.Th>
            {canManage && <Table.Th style={{ textAlign: 'right' }}>{t('productNumbers.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {numbers.map((entry) => (
            <Table.Tr key={entry.id}>
              <CodeCell strong>{entry.number}</CodeCell>
              <CodeCell>{entry.product.sku}</CodeCell>
              <Table.Td>
                <Anchor component={Link} to={paths.product(entry.product.id)} size="sm">
                  {entry.product.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {format.date(entry.updatedAt)}
                </Text>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <IconAction
                      label={t('productNumbers.editNumber', { number: entry.number })}
                      icon={<IconPencil size={16} />}
                      onClick={() => onEdit(entry)}
                    />
                    <IconAction
                      label={t('productNumbers.deleteNumber', { number: entry.number })}
                      icon={<IconTrash size={16} />}
                      color="red"
                      onClick={() => onDelete(entry)}
                    />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
