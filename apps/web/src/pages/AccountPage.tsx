import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ChangePasswordForm } from '../modules/account/components/ChangePasswordForm';
import { CompanyRolesCard } from '../modules/account/components/CompanyRolesCard';
import { LoginPreferencesForm } from '../modules/account/components/LoginPreferencesForm';
import { PersonalDataCard } from '../modules/account/components/PersonalDataCard';
import { useAccountProfile } from '../modules/account/hooks/useAccountProfile';
import { LoginLinkCard } from '../modules/login-link/components/LoginLinkCard';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

export function AccountPage() {
  const { t } = useTranslation();
  const { profile, error, refetch } = useAccountProfile();
  return (
    <>
      <PageHeader title={t('accountPage.title')} description={t('accountPage.description')} />
      {error && !profile && (
        <ErrorNotice
          title={t('accountPage.loadError')}
          message={error.message}
          retryLabel={t('errors.retry')}
          onRetry={() => void refetch()}
        />
      )}
      {!profile && !error && <CenteredLoader label={t('app.loading')} />}
      {profile && (
        <Stack gap="lg">
          <PersonalDataCard profile={profile} />
          <CompanyRolesCard memberships={profile.memberships} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {/* Keyed by the saved values: a refetch after saving starts the form from what the server holds. */}
            <LoginPreferencesForm
              key={`${profile.preferredCompany?.id ?? ''}-${profile.ownLoginTarget ?? ''}`}
              profile={profile}
            />
            <ChangePasswordForm />
          </SimpleGrid>
          <LoginLinkCard />
        </Stack>
      )}
    </>
  );
}
