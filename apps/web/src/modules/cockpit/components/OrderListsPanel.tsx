import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SectionHeading } from '../../../ui/SectionHeading';
import { UnavailableNotice } from '../../../ui/UnavailableNotice';

// Cockpit module 4: order lists do not exist yet, and we say so instead of faking them.
export function OrderListsPanel() {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="cockpit-lists-title" h="100%">
      <Stack gap="md">
        <SectionHeading
          id="cockpit-lists-title"
          title={t('cockpit.orderListsTitle')}
          description={t('dashboard.cards.orderLists')}
        />
        <UnavailableNotice>{t('cockpit.orderListsUnavailable')}</UnavailableNotice>
      </Stack>
    </Card>
  );
}
