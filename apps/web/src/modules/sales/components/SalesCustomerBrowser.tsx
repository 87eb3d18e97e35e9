import { Card, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../ui/EmptyState';
import { PagedList } from '../../../ui/PagedList';
import { useSalesCustomers } from '../hooks/useSalesCustomers';
import { SalesCustomersTable } from './SalesCustomersTable';

const SEARCH_DEBOUNCE_MS = 350;

export function SalesCustomerBrowser() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const list = useSalesCustomers(debouncedSearch);

  return (
    <Card>
      <PagedList
        list={list}
        shown={list.customers.length}
        labels={{
          loadError: t('customers.loadError'),
          showing: (counts) => t('customers.showing', counts),
          loadMore: t('customers.loadMore'),
        }}
        empty={<EmptyState icon={IconUsersGroup}>{t('customers.empty')}</EmptyState>}
        toolbar={
          <TextInput
            label={t('customers.searchLabel')}
            placeholder={t('customers.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            type="search"
            maw={360}
          />
        }
      >
        <SalesCustomersTable customers={list.customers} />
      </PagedList>
    </Card>
  );
}
