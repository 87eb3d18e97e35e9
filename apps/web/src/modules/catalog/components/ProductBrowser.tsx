import { Button, Card, Grid, Group, LoadingOverlay, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPackageOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorNotice } from '../../../ui/ErrorNotice';
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
  const format = useFormat();
  const state = useProductBrowserState();
  const [searchInput, setSearchInput] = useState(state.filters.search);
  const commitSearch = useDebouncedCallback(state.setSearch, SEARCH_DEBOUNCE_MS);

  const { products, totalCount, hasNextPage, loading, loadingMore, initialLoading, error, loadMore, refetch } =
    useProducts({
      filter: toProductFilter(state.filters),
      orderBy: state.orderBy,
    });
  const hasFilters = Boolean(state.filters.search || state.filters.categoryId || state.filters.onlyAvailable);

  const handleSearchChange = (search: string) => {
    setSearchInput(search);
    commitSearch(search);
  };

  const handleReset = () => {
    setSearchInput('');
    state.reset();
  };

  const handleLoadMore = () => {
    void loadMore();
  };

  const handleRetry = () => {
    void refetch();
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
          <Stack gap="md">
            <ProductFilters
              search={searchInput}
              onlyAvailable={state.filters.onlyAvailable}
              hasFilters={hasFilters || searchInput !== ''}
              onSearchChange={handleSearchChange}
              onOnlyAvailableChange={state.setOnlyAvailable}
              onReset={handleReset}
            />
            {error && (
              <ErrorNotice
                title={t('catalog.loadError')}
                message={error.message}
                retryLabel={t('errors.retry')}
                onRetry={handleRetry}
              />
            )}
            {initialLoading ? (
              <CenteredLoader label={t('app.loading')} />
            ) : (
              !error && (
                <div style={{ position: 'relative' }}>
                  <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
                  {products.length === 0 ? (
                    <EmptyState icon={IconPackageOff}>{t('catalog.empty')}</EmptyState>
                  ) : (
                    <ProductsTable
                      products={products}
                      label={t('catalog.tableLabel')}
                      orderBy={state.orderBy}
                      onSortChange={state.setOrderBy}
                    />
                  )}
                </div>
              )
            )}
            {!initialLoading && !error && products.length > 0 && (
              <Group justify="space-between">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {t('catalog.showing', { shown: format.number(products.length), total: format.number(totalCount) })}
                </Text>
                {hasNextPage && (
                  <Button variant="default" onClick={handleLoadMore} loading={loadingMore}>
                    {t('catalog.loadMore')}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
