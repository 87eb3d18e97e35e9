import type { ProductListFieldsFragment, ProductOrderBy, ProductSortField } from '@branchline/graphql-types';
import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import { IconAction } from '../../../ui/IconAction';
import { SortableTh } from '../../../ui/SortableTh';
import { AvailabilityBadge } from './AvailabilityBadge';
import { PriceTag } from './PriceTag';
import { ProductNumber } from './ProductNumber';

export interface ProductsTableProps {
  products: ProductListFieldsFragment[];
  label: string;
  orderBy: ProductOrderBy;
  onSortChange: (orderBy: ProductOrderBy) => void;
}

export function ProductsTable({ products, label, orderBy, onSortChange }: ProductsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const handleSort = (field: ProductSortField) => {
    // A new column starts ascending (A to Z, cheapest first); the same column toggles.
    const direction = orderBy.field === field && orderBy.direction === 'ASC' ? 'DESC' : 'ASC';
    onSortChange({ field, direction });
  };

  const header = (field: ProductSortField, text: string, align: 'left' | 'right' = 'left') => (
    <SortableTh
      direction={orderBy.field === field ? orderBy.direction : null}
      sortLabel={t('catalog.sortBy', { column: text })}
      align={align}
      onSort={() => handleSort(field)}
    >
      {text}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {header('SKU', t('catalog.number'))}
            {header('NAME', t('catalog.name'))}
            <Table.Th w={120}>{t('catalog.unitAndPack')}</Table.Th>
            <Table.Th w={130}>{t('catalog.availabilityLabel')}</Table.Th>
            {header('LIST_PRICE', t('catalog.price'), 'right')}
            <Table.Th w={48}>
              <VisuallyHidden>{t('catalog.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td w={150}>
                <ProductNumber
                  displayNumber={product.displayNumber}
                  customerProductNumber={product.customerProductNumber}
                />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.product(product.id)} size="sm" fw={600}>
                  {product.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{product.unit}</Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('catalog.packAndMin', {
                    pack: format.number(product.packSize),
                    min: format.number(product.minQuantity),
                  })}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AvailabilityBadge availability={product.availability} />
              </Table.Td>
              <Table.Td w={150}>
                <PriceTag
                  unitPrice={product.price.unitPrice}
                  listPrice={product.price.listPrice}
                  source={product.price.source}
                />
              </Table.Td>
              <Table.Td>
                <IconAction
                  label={t('catalog.view', { name: product.name })}
                  icon={<IconChevronRight size={18} />}
                  to={paths.product(product.id)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
