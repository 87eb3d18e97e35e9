import type { CustomerProductNumberFieldsFragment, CustomerProductNumberOrderBy } from '@branchline/graphql-types';
import { Button, Card, Group, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHash, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../ui/EmptyState';
import { PagedList } from '../../../ui/PagedList';
import { useCustomerProductNumbers } from '../hooks/useCustomerProductNumbers';
import { useProductNumberDialogs } from '../hooks/useProductNumberDialogs';
import { ProductNumbersTable } from './ProductNumbersTable';

const SEARCH_DEBOUNCE_MS = 300;
const DEFAULT_ORDER_BY: CustomerProductNumberOrderBy = { field: 'NUMBER', direction: 'ASC' };

export interface ProductNumbersBrowserProps {
  canManage: boolean;
}

export function ProductNumbersBrowser({ canManage }: ProductNumbersBrowserProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [orderBy, setOrderBy] = useState<CustomerProductNumberOrderBy>(DEFAULT_ORDER_BY);

  const { openForm, openDelete, dialogs } = useProductNumberDialogs();
  const list = useCustomerProductNumbers({
    filter: debouncedSearch ? { search: debouncedSearch } : undefined,
    orderBy,
  });

  const handleCreate = () => openForm({ mode: 'create', product: null });

  const handleEdit = (entry: CustomerProductNumberFieldsFragment) =>
    openForm({
      mode: 'edit',
      id: entry.id,
      number: entry.number,
      product: { id: entry.product.id, label: `${entry.product.sku} · ${entry.product.name}` },
    });

  const handleDelete = (entry: CustomerProductNumberFieldsFragment) =>
    openDelete({ id: entry.id, number: entry.number, productName: entry.product.name });

  return (
    <Card>
      <PagedList
        list={list}
        shown={list.numbers.length}
        labels={{
          loadError: t('productNumbers.loadError'),
          showing: (counts) => t('productNumbers.showing', counts),
          loadMore: t('catalog.loadMore'),
        }}
        empty={
          <EmptyState icon={IconHash}>
            {debouncedSearch ? t('productNumbers.noMatches') : t('productNumbers.empty')}
          </EmptyState>
        }
        toolbar={
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <TextInput
              label={t('productNumbers.searchLabel')}
              placeholder={t('productNumbers.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={{ base: '100%', sm: 340 }}
              type="search"
            />
            {canManage && (
              <Button leftSection={<IconPlus size={16} />} onClick={handleCreate}>
                {t('productNumbers.add')}
              </Button>
            )}
          </Group>
        }
      >
        <ProductNumbersTable
          numbers={list.numbers}
          orderBy={orderBy}
          canManage={canManage}
          onSortChange={setOrderBy}
          onEdit={handleEdit}
          onDelete={handleDelete}
        />
      </PagedList>
      {dialogs}
    </Card>
  );
}
