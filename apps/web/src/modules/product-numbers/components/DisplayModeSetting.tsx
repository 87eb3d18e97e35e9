import type { ProductNumberDisplay } from '@branchline/graphql-types';
import { Card, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProductNumberDisplay } from '../hooks/useProductNumberDisplay';
import { useSetProductNumberDisplay } from '../hooks/useSetProductNumberDisplay';

const MODES: ProductNumberDisplay[] = ['HIDDEN', 'ADDITIONAL', 'REPLACING'];

export interface DisplayModeSettingProps {
  canManage: boolean;
}

export function DisplayModeSetting({ canManage }: DisplayModeSettingProps) {
  const { t } = useTranslation();
  const { display, loading } = useProductNumberDisplay();
  const { setDisplay, loading: saving } = useSetProductNumberDisplay();

  const handleChange = async (value: string) => {
    try {
      const errors = await setDisplay(value as ProductNumberDisplay);
      notifications.show(
        errors.length === 0
          ? { color: 'teal', message: t('productNumbers.displaySaved') }
          : { color: 'red', message: errors.map((error) => error.message).join(' ') },
      );
    } catch {
      notifications.show({ color: 'red', message: t('errors.network') });
    }
  };

  return (
    <Card>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            {t('productNumbers.displayTitle')}
          </Title>
          {(loading || saving) && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
        <Text size="sm" c="dimmed">
          {t('productNumbers.displayDescription')}
        </Text>
        {display && (
          <Radio.Group
            value={display}
            onChange={(value) => void handleChange(value)}
            aria-label={t('productNumbers.displayTitle')}
            readOnly={!canManage}
          >
            <Stack gap="sm" mt={4}>
              {MODES.map((mode) => (
                <Radio
                  key={mode}
                  value={mode}
                  label={t(`productNumbers.display.${mode}`)}
                  description={t(`productNumbers.displayHint.${mode}`)}
                  disabled={!canManage || saving}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {!canManage && (
          <Text size="xs" c="dimmed">
            {t('productNumbers.readOnlyHint')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
