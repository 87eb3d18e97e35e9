import type { OperatorPortalSettingsQuery } from '@branchline/graphql-types';
import { Button, Card, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { LOGIN_TARGETS } from '../../identity/utils/login-targets';
import { useUpdatePortalSettings } from '../hooks/useUpdatePortalSettings';

// Select values cannot be null; the API reads null as "the dashboard".
const DASHBOARD_DEFAULT = 'none';

export interface PortalSettingsFormProps {
  settings: OperatorPortalSettingsQuery['portalSettings'];
}

export function PortalSettingsForm({ settings }: PortalSettingsFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { updatePortalSettings, loading } = useUpdatePortalSettings();
  const [loginLinksEnabled, setLoginLinksEnabled] = useState(settings.loginLinksEnabled);
  const [target, setTarget] = useState<string>(settings.defaultLoginTarget ?? DASHBOARD_DEFAULT);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const targetOptions = [
    { value: DASHBOARD_DEFAULT, label: t('portalSettings.targetDashboardDefault') },
    ...LOGIN_TARGETS.filter((value) => value !== 'DASHBOARD').map((value) => ({
      value,
      label: t(`loginTargets.${value}`),
    })),
  ];

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const userErrors = await updatePortalSettings({
        loginLinksEnabled,
        defaultLoginTarget: LOGIN_TARGETS.find((value) => value === target) ?? null,
      });
      setErrors(userErrors);
      if (userErrors.length === 0) notifications.show({ color: 'teal', message: t('portalSettings.saved') });
    } catch {
      setErrors([{ code: 'NETWORK', field: null, message: t('errors.network') }]);
    }
  };

  return (
    <Card component="section" aria-labelledby="portal-login-title" maw={720}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2} fz="lg" id="portal-login-title">
              {t('portalSettings.loginSection')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('portalSettings.loginSectionHint')}
            </Text>
          </Stack>
          <Switch
            label={t('portalSettings.loginLinks')}
            description={t('portalSettings.loginLinksHint')}
            checked={loginLinksEnabled}
            onChange={(event) => setLoginLinksEnabled(event.currentTarget.checked)}
            error={fieldErrorFor(errors, 'loginLinksEnabled')}
          />
          <Select
            label={t('portalSettings.defaultTarget')}
            description={t('portalSettings.defaultTargetHint')}
            data={targetOptions}
            value={target}
            onChange={(value) => setTarget(value ?? DASHBOARD_DEFAULT)}
            allowDeselect={false}
            error={fieldErrorFor(errors, 'defaultLoginTarget')}
            maw={360}
          />
          <UserErrorAlert
            title={t('portalSettings.notSaved')}
            errors={unplacedErrors(errors, ['loginLinksEnabled', 'defaultLoginTarget'])}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('portalSettings.updatedAt', { date: format.dateTime(settings.updatedAt) })}
            </Text>
            <Button type="submit" loading={loading}>
              {t('portalSettings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
