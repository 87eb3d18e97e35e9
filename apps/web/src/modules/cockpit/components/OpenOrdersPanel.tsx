import type { CockpitQuery } from '@branchline/graphql-types';
import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import { SectionHeading } from '../../../ui/SectionHeading';
import { UnavailableNotice } from '../../../ui/UnavailableNotice';
import { OrdersTable } from '../../orders/components/OrdersTable';

export interface OpenOrdersPanelProps {
  cockpit: CockpitQuery['cockpit'];
}

// Cockpit module 1: everything still open.
export function OpenOrdersPanel({ cockpit }: OpenOrdersPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card component="section" aria-labelledby="cockpit-open-title">
      <Group justify="space-between" mb="md" align="flex-start">
        <SectionHeading id="cockpit-open-title" title={t('cockpit.openTitle')} description={t('cockpit.latestOpen')} />
        <Anchor component={Link} to={paths.orders} size="sm">
          <Group gap={4}>
            {t('cockpit.showAllOrders')}
            <IconArrowRight size={14} aria-hidden />
          </Group>
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2 }} mb="md" maw={480}>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('dashboard.openOrders')}
          </Text>
          <Text fz="xl" fw={700} data-testid="open-order-count">
            {format.number(cockpit.openOrderCount)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('dashboard.openOrdersValue')}
          </Text>
          <Text fz="xl" fw={700}>
            {format.money(cockpit.openOrdersValue)}
          </Text>
        </Stack>
      </SimpleGrid>
      {cockpit.openOrders.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('cockpit.noOpenOrders')}
        </Text>
      ) : (
        <OrdersTable orders={cockpit.openOrders} label={t('cockpit.openTableLabel')} compact />
      )}
      <Stack mt="md" gap={6}>
        <Text size="sm" fw={600}>
          {t('cockpit.openOffers')}
        </Text>
        <UnavailableNotice>{t('cockpit.offersUnavailable')}</UnavailableNotice>
      </Stack>
    </Card>
  );
}
