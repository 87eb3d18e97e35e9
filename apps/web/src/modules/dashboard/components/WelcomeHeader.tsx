import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface WelcomeHeaderProps {
  viewer: ViewerFieldsFragment;
}

export function WelcomeHeader({ viewer }: WelcomeHeaderProps) {
  const { t } = useTranslation();
  const company = viewer.activeCompany;
  return (
    <Stack gap={6} mb="lg">
      <Title order={1} fz={28}>
        {t('dashboard.welcome', { name: viewer.firstName })}
      </Title>
      {company ? (
        <Group gap="xs">
          <Badge variant="light" leftSection={<IconBuildingStore size={14} />} size="lg" radius="sm" tt="none">
            {company.name}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('dashboard.workingFor', { company: company.name, customerNumber: company.customerNumber })}
          </Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.noCompany')}
        </Text>
      )}
    </Stack>
  );
}
