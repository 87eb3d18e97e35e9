import { Button, Card, Group, LoadingOverlay, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSalesCustomers } from '../hooks/useSalesCustomers';
import { SalesCustomersTable } from './SalesCustomersTable';

const SEARCH_DEBOUNCE_MS = 350;

export function SalesCustomerBrowser() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const { customers, totalCount, hasNextPage, loading, loadingMore, initialLoading, error, loadMore, refetch } =
    useSalesCustomers(debouncedSearch);

  const handleLoadMore = () => {
    void loadMore();
  };

  const handleRetry = () => {
    void refetch();
  };

  return (
    <Card>
      <Stack gap="md">
        <TextInput
          label={t('customers.searchLabel')}
          placeholder={t('customers.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          maw={360}
        />
        {error && (
          <ErrorNotice
            title={t('customers.loadError')}
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
              {customers.length === 0 ? (
                <EmptyState icon={IconUsersGroup}>{t('customers.empty')}</EmptyState>
              ) : (
                <SalesCustomersTable customers={customers} />
              )}
            </div>
          )
        )}
        {!initialLoading && !error && customers.length > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('customers.showing', { shown: format.number(customers.length), total: format.number(totalCount) })}
            </Text>
            {hasNextPage && (
              <Button variant="default" onClick={handleLoadMore} loading={loadingMore}>
                {t('customers.loadMore')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
