import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBuildingFactory2, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useSwitchCompany } from '../../identity/hooks/useSwitchCompany';
import classes from './CompanyChooser.module.css';

export interface CompanyChooserProps {
  memberships: ViewerFieldsFragment['memberships'];
  onChosen: (companyId: string) => void;
}

// One button per company the person works for; choosing switches the session to it.
export function CompanyChooser({ memberships, onChosen }: CompanyChooserProps) {
  const { t } = useTranslation();
  const { switchCompany } = useSwitchCompany();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const handleChoose = async (companyId: string) => {
    setPendingId(companyId);
    setFailed(false);
    try {
      if (await switchCompany(companyId)) {
        onChosen(companyId);
        return;
      }
      setFailed(true);
    } catch {
      setFailed(true);
    }
    setPendingId(null);
  };

  return (
    <Stack gap="sm">
      <UserErrorAlert
        title={t('companySelection.failedTitle')}
        errors={failed ? [{ code: 'FAILED', message: t('companySelection.failed') }] : []}
      />
      {memberships.map((membership) => (
        <UnstyledButton
          key={membership.company.id}
          className={classes.option}
          disabled={pendingId !== null}
          data-pending={pendingId === membership.company.id || undefined}
          onClick={() => void handleChoose(membership.company.id)}
          aria-label={membership.company.name}
        >
          <Group wrap="nowrap" gap="md">
            <IconBuildingFactory2 size={28} stroke={1.5} color="var(--mantine-color-brand-6)" aria-hidden />
            <Stack gap={2} style={{ flex: 1 }}>
              <Text fw={600}>{membership.company.name}</Text>
              <Text size="xs" c="dimmed">
                {t('companySelection.customerNumber', { number: membership.company.customerNumber })} ·{' '}
                {membership.company.city}
              </Text>
            </Stack>
            <Badge variant="light" color={membership.isAdmin ? 'grape' : 'gray'}>
              {membership.isAdmin ? t('companySelection.admin') : (membership.roleName ?? '')}
            </Badge>
            <IconChevronRight size={18} color="var(--mantine-color-gray-5)" aria-hidden />
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
