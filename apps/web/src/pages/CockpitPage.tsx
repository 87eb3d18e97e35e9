import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { FullListingPanel } from '../modules/cockpit/components/FullListingPanel';
import { OpenOrdersPanel } from '../modules/cockpit/components/OpenOrdersPanel';
import { OrderListsPanel } from '../modules/cockpit/components/OrderListsPanel';
import { OrdersThisYearPanel } from '../modules/cockpit/components/OrdersThisYearPanel';
import { useCockpit } from '../modules/cockpit/hooks/useCockpit';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

export function CockpitPage() {
  const { t } = useTranslation();
  const { cockpit, loading, error, refetch } = useCockpit();

  return (
    <>
      <PageHeader title={t('cockpit.title')} description={t('cockpit.description')} />
      <Stack gap="lg">
        {error && (
          <ErrorNotice
            title={t('cockpit.loadError')}
            message={error.message}
            retryLabel={t('errors.retry')}
            onRetry={() => void refetch()}
          />
        )}
        {loading && !cockpit && <CenteredLoader label={t('app.loading')} />}
        {cockpit && (
          <>
            <OpenOrdersPanel cockpit={cockpit} />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <OrdersThisYearPanel ordersThisYear={cockpit.ordersThisYear} />
              <OrderListsPanel />
            </SimpleGrid>
          </>
        )}
        <FullListingPanel />
      </Stack>
    </>
  );
}
