import type { CockpitQuery } from '@branchline/graphql-types';
import { SimpleGrid } from '@mantine/core';
import { IconCalendarStats, IconClipboardList, IconCoins } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { KpiCard } from '../../../ui/KpiCard';

export interface CockpitKpisProps {
  cockpit: CockpitQuery['cockpit'] | null;
  loading: boolean;
}

export function CockpitKpis({ cockpit, loading }: CockpitKpisProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const year = new Date().getFullYear();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <KpiCard
        label={t('dashboard.openOrders')}
        value={cockpit ? format.number(cockpit.openOrderCount) : null}
        icon={<IconClipboardList size={24} />}
        loading={loading && !cockpit}
      />
      <KpiCard
        label={t('dashboard.openOrdersValue')}
        value={cockpit ? format.money(cockpit.openOrdersValue) : null}
        icon={<IconCoins size={24} />}
        color="teal"
        loading={loading && !cockpit}
      />
      <KpiCard
        label={t('dashboard.ordersThisYear')}
        value={cockpit ? format.number(cockpit.ordersThisYear) : null}
        hint={t('cockpit.yearDescription', { year })}
        icon={<IconCalendarStats size={24} />}
        color="violet"
        loading={loading && !cockpit}
      />
    </SimpleGrid>
  );
}
