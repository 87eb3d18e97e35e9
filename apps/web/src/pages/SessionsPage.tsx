import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '../lib/paths';
import { useLogout } from '../modules/identity/hooks/useLogout';
import { SessionsBrowser } from '../modules/sessions/components/SessionsBrowser';
import { PageHeader } from '../ui/PageHeader';

export function SessionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { logout } = useLogout();

  const handleCurrentSessionEnded = async () => {
    // The server session is gone already; this clears the tokens and the cache on this device.
    await logout();
    void navigate(paths.login, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('sessions.title')} description={t('sessions.description')} />
      <SessionsBrowser onCurrentSessionEnded={handleCurrentSessionEnded} />
    </>
  );
}
