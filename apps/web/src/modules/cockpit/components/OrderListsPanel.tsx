import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { UnavailableNotice } from '../../../ui/UnavailableNotice';

// Cockpit module 4: order lists do not exist yet, and we say so instead of faking them.
export function OrderListsPanel() {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="cockpit-lists-title" h="100%">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="lg" id="cockpit-lists-title">
            {t('cockpit.orderListsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.cards.orderLists')}
          </Text>
        </Stack>
        <UnavailableNotice>{t('cockpit.orderListsUnavailable')}</UnavailableNotice>
      </Stack>
    </Card>
  );
}
