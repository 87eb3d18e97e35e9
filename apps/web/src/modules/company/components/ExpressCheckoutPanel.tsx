import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AddressBlock } from '../../../ui/AddressBlock';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useCompanyCheckoutDefaults } from '../hooks/useCompanyCheckoutDefaults';
import { ExpressCheckoutForm } from './ExpressCheckoutForm';

export interface ExpressCheckoutPanelProps {
  canManage: boolean;
}

interface DefaultItemProps {
  label: string;
  children: ReactNode;
}

function DefaultItem({ label, children }: DefaultItemProps) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function ExpressCheckoutPanel({ canManage }: ExpressCheckoutPanelProps) {
  const { t } = useTranslation();
  const { defaults, loading, error, refetch } = useCompanyCheckoutDefaults();
  const [editing, setEditing] = useState(false);

  if (loading) return <CenteredLoader label={t('app.loading')} />;
  if (error || !defaults) {
    return (
      <ErrorNotice
        title={t('company.express.loadError')}
        message={error?.message}
        retryLabel={t('errors.retry')}
        onRetry={() => void refetch()}
      />
    );
  }

  const handleSaved = () => {
    setEditing(false);
    notifications.show({ color: 'teal', message: t('company.express.saved') });
  };

  const notSet = (
    <Text size="sm" c="dimmed">
      {t('company.express.notSet')}
    </Text>
  );

  return (
    <Card component="section" aria-labelledby="express-checkout-title">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={2} fz="lg" id="express-checkout-title">
              {t('company.express.title')}
            </Title>
            <Badge variant="light" color={defaults.expressCheckoutReady ? 'teal' : 'orange'}>
              {defaults.expressCheckoutReady ? t('company.express.ready') : t('company.express.notReady')}
            </Badge>
          </Group>
          {canManage && !editing && (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
              {t('company.express.edit')}
            </Button>
          )}
        </Group>
        {!canManage && (
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
            {t('company.express.readOnly')}
          </Alert>
        )}
        {editing ? (
          <ExpressCheckoutForm defaults={defaults} onCancel={() => setEditing(false)} onSaved={handleSaved} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="lg">
            <DefaultItem label={t('company.express.billingAddress')}>
              {defaults.billingAddress ? <AddressBlock address={defaults.billingAddress} /> : notSet}
            </DefaultItem>
            <DefaultItem label={t('company.express.shippingAddress')}>
              {defaults.shippingAddress ? <AddressBlock address={defaults.shippingAddress} /> : notSet}
            </DefaultItem>
            <DefaultItem label={t('company.express.shippingMethod')}>
              {defaults.shippingMethod ? <Text size="sm">{defaults.shippingMethod.name}</Text> : notSet}
            </DefaultItem>
            <DefaultItem label={t('company.express.paymentMethod')}>
              {defaults.paymentMethod ? <Text size="sm">{defaults.paymentMethod.name}</Text> : notSet}
            </DefaultItem>
            <DefaultItem label={t('company.express.costCenter')}>
              {defaults.costCenter ? (
                <Text size="sm">
                  {defaults.costCenter.code} – {defaults.costCenter.name}
                </Text>
              ) : (
                notSet
              )}
            </DefaultItem>
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
