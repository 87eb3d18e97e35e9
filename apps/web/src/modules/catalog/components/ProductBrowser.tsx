import { Card, Grid } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPackageOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../ui/EmptyState';
import { PagedList } from '../../../ui/PagedList';
import { useProductBrowserState } from '../hooks/useProductBrowserState';
import { useProducts } from '../hooks/useProducts';
import { toProductFilter } from '../model/product-browser-filters';
import { CategoryNav } from './CategoryNav';
import { ProductFilters } from './ProductFilters';
import { ProductsTable } from './ProductsTable';

const SEARCH_DEBOUNCE_MS = 300;

// The catalog: category tree beside a product table with server-side search, filter, sort and cursor paging.
export function ProductBrowser() {
  const { t } = useTranslation();
  const state = useProductBrowserState();
  const [searchInput, setSearchInput] = useState(state.filters.search);
  const commitSearch = useDebouncedCallback(state.setSearch, SEARCH_DEBOUNCE_MS);

  const list = useProducts({ filter: toProductFilter(state.filters), orderBy: state.orderBy });
  const hasFilters = Boolean(state.filters.search || state.filters.categoryId || state.filters.onlyAvailable);

  const handleSearchChange = (search: string) => {
    setSearchInput(search);
    commitSearch(search);
  };

  const handleReset = () => {
    setSearchInput('');
    state.reset();
  };

  return (
    <Grid gutter="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Card p="sm">
          <CategoryNav selectedId={state.filters.categoryId} onSelect={state.setCategoryId} />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Card>
          <PagedList
            list={list}
            shown={list.products.length}
            labels={{
              loadError: t('catalog.loadError'),
              showing: (counts) => t('catalog.showing', counts),
              loadMore: t('catalog.loadMore'),
            }}
            empty={<EmptyState icon={IconPackageOff}>{t('catalog.empty')}</EmptyState>}
            toolbar={
              <ProductFilters
                search={searchInput}
                onlyAvailable={state.filters.onlyAvailable}
                hasFilters={hasFilters || searchInput !== ''}
                onSearchChange={handleSearchChange}
                onOnlyAvailableChange={state.setOnlyAvailable}
                onReset={handleReset}
              />
            }
          >
            <ProductsTable
              products={list.products}
              label={t('catalog.tableLabel')}
              orderBy={state.orderBy}
              onSortChange={state.setOrderBy}
            />
          </PagedList>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
