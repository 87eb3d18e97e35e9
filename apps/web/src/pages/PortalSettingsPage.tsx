import { useTranslation } from 'react-i18next';

import { PortalSettingsForm } from '../modules/portal-settings/components/PortalSettingsForm';
import { usePortalSettings } from '../modules/portal-settings/hooks/usePortalSettings';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

export function PortalSettingsPage() {
  const { t } = useTranslation();
  const { settings, error, refetch } = usePortalSettings();
  return (
    <>
      <PageHeader title={t('portalSettings.title')} description={t('portalSettings.description')} />
      {error && !settings && (
        <ErrorNotice
          title={t('portalSettings.loadError')}
          message={error.message}
          retryLabel={t('errors.retry')}
          onRetry={() => void refetch()}
        />
      )}
      {!settings && !error && <CenteredLoader label={t('app.loading')} />}
      {/* Keyed by the saved state, so the form starts again from what the server holds. */}
      {settings && <PortalSettingsForm key={settings.updatedAt} settings={settings} />}
    </>
  );
}
