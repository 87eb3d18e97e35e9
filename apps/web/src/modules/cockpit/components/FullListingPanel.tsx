import { Card, Stack, Tabs, Title } from '@mantine/core';
import { IconFileText, IconPackage, IconReceipt, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { UnavailableNotice } from '../../../ui/UnavailableNotice';
import { OrderBrowser } from '../../orders/components/OrderBrowser';

// Cockpit module 2: the full listing, including what is already done.
export function FullListingPanel() {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="cockpit-listing-title">
      <Stack gap="md">
        <Title order={2} fz="lg" id="cockpit-listing-title">
          {t('cockpit.listingTitle')}
        </Title>
        <Tabs defaultValue="orders" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="orders" leftSection={<IconReceipt size={16} />}>
              {t('cockpit.tabOrders')}
            </Tabs.Tab>
            <Tabs.Tab value="products" leftSection={<IconPackage size={16} />}>
              {t('cockpit.tabProducts')}
            </Tabs.Tab>
            <Tabs.Tab value="documents" leftSection={<IconFileText size={16} />}>
              {t('cockpit.tabDocuments')}
            </Tabs.Tab>
            <Tabs.Tab value="offers" leftSection={<IconSignature size={16} />}>
              {t('cockpit.tabOffers')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="orders">
            <OrderBrowser withBorder={false} />
          </Tabs.Panel>
          <Tabs.Panel value="products">
            <UnavailableNotice>{t('cockpit.orderedProductsUnavailable')}</UnavailableNotice>
          </Tabs.Panel>
          <Tabs.Panel value="documents">
            <UnavailableNotice>{t('cockpit.documentsUnavailable')}</UnavailableNotice>
          </Tabs.Panel>
          <Tabs.Panel value="offers">
            <UnavailableNotice>{t('cockpit.offersUnavailable')}</UnavailableNotice>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Card>
  );
}
