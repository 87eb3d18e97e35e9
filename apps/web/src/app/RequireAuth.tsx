import { Button, Center } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';

import { paths } from '../lib/paths';
import { useMe } from '../modules/identity/hooks/useMe';
import { useHasSession } from '../modules/identity/hooks/useSessionTokens';
import { ViewerContext } from '../modules/identity/hooks/viewerContext';
import { CenteredLoader } from '../ui/CenteredLoader';
import { StatusPage } from '../ui/StatusPage';

function SessionGate() {
  const { t } = useTranslation();
  const { viewer, error, refetch } = useMe();

  if (viewer) {
    return (
      <ViewerContext.Provider value={viewer}>
        <Outlet />
      </ViewerContext.Provider>
    );
  }
  // An expired session is handled by the Apollo link (tokens cleared -> redirect); anything else is shown.
  if (error) {
    return (
      <Center mih="100vh">
        <StatusPage
          icon={<IconPlugConnectedX size={32} />}
          color="red"
          title={t('errors.title')}
          text={t('errors.network')}
          action={<Button onClick={() => void refetch()}>{t('errors.retry')}</Button>}
        />
      </Center>
    );
  }
  return <CenteredLoader label={t('app.loading')} fullHeight />;
}

// Route guard: without a session go to /login and remember where the user wanted to go.
export function RequireAuth() {
  const hasSession = useHasSession();
  const location = useLocation();
  if (!hasSession) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`${paths.login}?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <SessionGate />;
}
