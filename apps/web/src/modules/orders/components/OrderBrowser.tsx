import { Card } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconReceiptOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '../../../ui/EmptyState';
import { PagedList } from '../../../ui/PagedList';
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

  const list = useOrders({ filter: toOrderFilter(state.filters), orderBy: state.orderBy });

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

  return (
    <Card withBorder={withBorder} shadow={withBorder ? 'xs' : undefined} p={withBorder ? 'lg' : 0}>
      <PagedList
        list={list}
        shown={list.orders.length}
        labels={{
          loadError: t('orders.loadError'),
          showing: (counts) => t('orders.showing', counts),
          loadMore: t('orders.loadMore'),
        }}
        empty={<EmptyState icon={IconReceiptOff}>{t('orders.empty')}</EmptyState>}
        toolbar={
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
        }
      >
        <OrdersTable
          orders={list.orders}
          label={t('orders.tableLabel')}
          orderBy={state.orderBy}
          onSortChange={state.setOrderBy}
          canReorder={canReorder}
        />
      </PagedList>
    </Card>
  );
}
