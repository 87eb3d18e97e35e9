import type { AccountProfileQuery } from '@branchline/graphql-types';
import { Button, Card, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { SectionHeading } from '../../../ui/SectionHeading';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { LOGIN_TARGETS } from '../../identity/utils/login-targets';
import { useUpdateAccountPreferences } from '../hooks/useUpdateAccountPreferences';

// Select values cannot be null or empty; this stands for "no fixed choice".
const NO_CHOICE = 'none';

export interface LoginPreferencesFormProps {
  profile: AccountProfileQuery['me'];
}

export function LoginPreferencesForm({ profile }: LoginPreferencesFormProps) {
  const { t } = useTranslation();
  const { updatePreferences, loading } = useUpdateAccountPreferences();
  const [companyId, setCompanyId] = useState(profile.preferredCompany?.id ?? NO_CHOICE);
  const [loginTarget, setLoginTarget] = useState<string>(profile.ownLoginTarget ?? NO_CHOICE);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const companyOptions = [
    { value: NO_CHOICE, label: t('accountPage.companyEachLogin') },
    ...profile.memberships.map((membership) => ({ value: membership.company.id, label: membership.company.name })),
  ];
  const targetOptions = [
    { value: NO_CHOICE, label: t('accountPage.defaultTarget') },
    ...LOGIN_TARGETS.map((target) => ({ value: target, label: t(`loginTargets.${target}`) })),
  ];

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const userErrors = await updatePreferences({
        preferredCompanyId: companyId === NO_CHOICE ? null : companyId,
        loginTarget: LOGIN_TARGETS.find((target) => target === loginTarget) ?? null,
      });
      setErrors(userErrors);
      if (userErrors.length === 0) notifications.show({ color: 'teal', message: t('accountPage.preferencesSaved') });
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <Card component="section" aria-labelledby="login-preferences-title">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <SectionHeading
            id="login-preferences-title"
            title={t('accountPage.loginPreferences')}
            description={t('accountPage.loginPreferencesHint')}
          />
          <Select
            label={t('accountPage.preferredCompany')}
            description={t('accountPage.preferredCompanyHint')}
            data={companyOptions}
            value={companyId}
            onChange={(value) => setCompanyId(value ?? NO_CHOICE)}
            allowDeselect={false}
            error={fieldErrorFor(errors, 'preferredCompanyId')}
          />
          <Select
            label={t('accountPage.loginTarget')}
            description={t('accountPage.loginTargetHint')}
            data={targetOptions}
            value={loginTarget}
            onChange={(value) => setLoginTarget(value ?? NO_CHOICE)}
            allowDeselect={false}
            error={fieldErrorFor(errors, 'loginTarget')}
          />
          <UserErrorAlert
            title={t('accountPage.preferencesNotSaved')}
            errors={unplacedErrors(errors, ['preferredCompanyId', 'loginTarget'])}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('accountPage.savePreferences')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
