import type { AccountProfileQuery } from '@branchline/graphql-types';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PersonalDataCardProps {
  profile: AccountProfileQuery['me'];
}

export function PersonalDataCard({ profile }: PersonalDataCardProps) {
  const { t } = useTranslation();
  const rows = [
    { label: t('accountPage.firstName'), value: profile.firstName },
    { label: t('accountPage.lastName'), value: profile.lastName },
    { label: t('accountPage.email'), value: profile.email },
    { label: t('accountPage.activeCompany'), value: profile.activeCompany?.name ?? t('common.none') },
  ];
  return (
    <Card>
      <Stack gap="md">
        <Title order={2} fz="lg">
          {t('accountPage.personalData')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {rows.map((row) => (
            <Stack key={row.label} gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {row.label}
              </Text>
              <Text size="sm">{row.value}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('accountPage.personalDataHint')}
        </Text>
      </Stack>
    </Card>
  );
}
