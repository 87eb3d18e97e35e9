import { Button, Group, LoadingOverlay, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../lib/use-format';
import { CenteredLoader } from './CenteredLoader';
import { ErrorNotice } from './ErrorNotice';

// What usePagedConnection returns, less the rows themselves.
export interface PagedListState {
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  initialLoading: boolean;
  error?: { message: string } | undefined;
  loadMore: () => Promise<void>;
  refetch: () => Promise<unknown>;
}

// The feature's words; the generic ones (retry, loading) the list brings itself.
export interface PagedListLabels {
  loadError: string;
  // "Showing 25 of 700"; the counts arrive formatted for the active language.
  showing: (counts: { shown: string; total: string }) => string;
  loadMore: string;
}

export interface PagedListProps {
  list: PagedListState;
  // How many rows are on screen; 0 shows `empty` instead of the table.
  shown: number;
  labels: PagedListLabels;
  empty: ReactNode;
  // Search and filters above the list.
  toolbar?: ReactNode;
  // The table of the rows on screen.
  children: ReactNode;
}

// Every cursor list looks the same: toolbar, error with retry, first-load spinner, the last rows dimmed while
// new filters load, an empty state, and "showing n of m" with "load more" below.
export function PagedList({ list, shown, labels, empty, toolbar, children }: PagedListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { error, initialLoading } = list;
  return (
    <Stack gap="md">
      {toolbar}
      {error && (
        <ErrorNotice
          title={labels.loadError}
          message={error.message}
          retryLabel={t('errors.retry')}
          onRetry={() => void list.refetch()}
        />
      )}
      {initialLoading ? (
        <CenteredLoader label={t('app.loading')} />
      ) : (
        !error && (
          <div style={{ position: 'relative' }}>
            <LoadingOverlay visible={list.loading} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
            {shown === 0 ? empty : children}
          </div>
        )
      )}
      {!initialLoading && !error && shown > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {labels.showing({ shown: format.number(shown), total: format.number(list.totalCount) })}
          </Text>
          {list.hasNextPage && (
            <Button variant="default" onClick={() => void list.loadMore()} loading={list.loadingMore}>
              {labels.loadMore}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
