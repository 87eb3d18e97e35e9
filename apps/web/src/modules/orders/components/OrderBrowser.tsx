import { Button, Card, Group, LoadingOverlay, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconReceiptOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useCostCenterOptions } from '../../checkout/hooks/useCostCenterOptions';
import { usePermission } from '../../identity/hooks/usePermission';
import { useOrderBrowserState } from '../hooks/useOrderBrowserState';
import { useOrders } from '../hooks/useOrders';
import { toOrderFilter } from '../model/order-filters';
import { OrderFilters } from './OrderFilters';
import { OrdersTable } from './OrdersTable';

const SEARCH_DEBOUNCE_MS = 350;

export interface OrderBrowserProps {
  withBorder?: boolean;
}

// The full order listing: server-side filters, sort and cursor pagination.
export function OrderBrowser({ withBorder = true }: OrderBrowserProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useOrderBrowserState();
  const [searchInput, setSearchInput] = useState(state.filters.search);
  const [productInput, setProductInput] = useState(state.filters.productSearch);
  const [amountInput, setAmountInput] = useState<[string, string]>([
    state.filters.grossTotalMin,
    state.filters.grossTotalMax,
  ]);
  const commitSearch = useDebouncedCallback(state.setSearch, SEARCH_DEBOUNCE_MS);
  const commitProductSearch = useDebouncedCallback(state.setProductSearch, SEARCH_DEBOUNCE_MS);
  const commitAmountRange = useDebouncedCallback(state.setAmountRange, SEARCH_DEBOUNCE_MS);
  const canReorder = usePermission('PLACE_ORDERS');
  const { costCenters } = useCostCenterOptions();

  const { orders, totalCount, hasNextPage, loading, loadingMore, initialLoading, error, loadMore, refetch } = useOrders(
    {
      filter: toOrderFilter(state.filters),
      orderBy: state.orderBy,
    },
  );

  const handleSearchChange = (search: string) => {
    setSearchInput(search);
    commitSearch(search);
  };

  const handleProductSearchChange = (search: string) => {
    setProductInput(search);
    commitProductSearch(search);
  };

  const handleAmountRangeChange = (range: [string, string]) => {
    setAmountInput(range);
    commitAmountRange(range);
  };

  const handleReset = () => {
    setSearchInput('');
    setProductInput('');
    setAmountInput(['', '']);
    state.reset();
  };

  const handleLoadMore = () => {
    void loadMore();
  };

  const handleRetry = () => {
    void refetch();
  };

  return (
    <Card withBorder={withBorder} shadow={withBorder ? 'xs' : undefined} p={withBorder ? 'lg' : 0}>
      <Stack gap="md">
        <OrderFilters
          value={{
            ...state.filters,
            search: searchInput,
            productSearch: productInput,
            grossTotalMin: amountInput[0],
            grossTotalMax: amountInput[1],
          }}
          costCenters={costCenters}
          onSearchChange={handleSearchChange}
          onProductSearchChange={handleProductSearchChange}
          onAmountRangeChange={handleAmountRangeChange}
          onCostCenterChange={state.setCostCenter}
          onStatusesChange={state.setStatuses}
          onPlacedRangeChange={state.setPlacedRange}
          onReset={handleReset}
        />
        {error && (
          <ErrorNotice
            title={t('orders.loadError')}
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
              {orders.length === 0 ? (
                <EmptyState icon={IconReceiptOff}>{t('orders.empty')}</EmptyState>
              ) : (
                <OrdersTable
                  orders={orders}
                  label={t('orders.tableLabel')}
                  orderBy={state.orderBy}
                  onSortChange={state.setOrderBy}
                  canReorder={canReorder}
                />
              )}
            </div>
          )
        )}
        {!initialLoading && !error && orders.length > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('orders.showing', { shown: format.number(orders.length), total: format.number(totalCount) })}
            </Text>
            {hasNextPage && (
              <Button variant="default" onClick={handleLoadMore} loading={loadingMore}>
                {t('orders.loadMore')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
