import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { getSessionTokens } from '../lib/auth-tokens';
import { paths, safeReturnPath } from '../lib/paths';
import { LoginForm } from '../modules/identity/components/LoginForm';
import type { SignedIn } from '../modules/identity/utils/landing';
import { pathAfterSignIn } from '../modules/identity/utils/landing';
import { PublicCard } from '../ui/PublicCard';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Checked on arrival only: the session this page starts must not redirect before the company chooser.
  const [signedInOnArrival] = useState(() => getSessionTokens() !== null);
  const returnTo = safeReturnPath(params.get('returnTo'));

  const handleSuccess = (signedIn: SignedIn) => {
    void navigate(pathAfterSignIn(signedIn, returnTo), { replace: true });
  };

  if (signedInOnArrival) return <Navigate to={returnTo ?? paths.dashboard} replace />;

  return (
    <PublicCard>
      <Stack gap={4} mb="lg">
        <Title order={1} fz={22}>
          {t('auth.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('auth.subtitle')}
        </Text>
      </Stack>
      <LoginForm onSuccess={handleSuccess} />
    </PublicCard>
  );
}
