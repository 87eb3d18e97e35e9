import { Card, Center, Stack, Text, Title } from '@mantine/core';
import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { landingPathFor, paths, safeReturnPath } from '../lib/paths';
import { LoginForm } from '../modules/identity/components/LoginForm';
import { useHasSession } from '../modules/identity/hooks/useSessionTokens';
import { Logo } from '../ui/Logo';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const hasSession = useHasSession();
  const returnTo = safeReturnPath(params.get('returnTo'));

  const handleSuccess = (viewer: ViewerFieldsFragment) => {
    navigate(returnTo ?? landingPathFor(viewer.kind), { replace: true });
  };

  if (hasSession) return <Navigate to={returnTo ?? paths.dashboard} replace />;

  return (
    <Center
      mih="100vh"
      p="md"
      style={{ background: 'linear-gradient(160deg, var(--mantine-color-brand-0) 0%, var(--mantine-color-gray-0) 55%)' }}
    >
      <Stack w="100%" maw={420} gap="lg">
        <Center>
          <Logo size="lg" />
        </Center>
        <Card p="xl" shadow="md">
          <Stack gap={4} mb="lg">
            <Title order={1} fz={22}>
              {t('auth.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('auth.subtitle')}
            </Text>
          </Stack>
          <LoginForm onSuccess={handleSuccess} />
        </Card>
      </Stack>
    </Center>
  );
}
