import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { paths } from '../lib/paths';
import { pathAfterSignIn } from '../modules/identity/utils/landing';
import { useLoginWithLink } from '../modules/login-link/hooks/useLoginWithLink';
import { PublicCard } from '../ui/PublicCard';

type LinkState = 'signingIn' | 'invalid' | 'failed';

export function LoginLinkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const { loginWithLink } = useLoginWithLink();
  const [state, setState] = useState<LinkState>('signingIn');
  // One attempt per token, even when React runs the effect twice in development.
  const attempted = useRef<string | null>(null);

  useEffect(() => {
    if (attempted.current === token) return;
    attempted.current = token;
    loginWithLink(token).then(
      (signedIn) => {
        if (signedIn) void navigate(pathAfterSignIn(signedIn, null), { replace: true });
        else setState('invalid');
      },
      () => setState('failed'),
    );
  }, [loginWithLink, navigate, token]);

  return (
    <PublicCard>
      {state === 'signingIn' && (
        <Stack align="center" gap="md" py="xl" role="status">
          <Loader />
          <Text c="dimmed">{t('loginLink.signingIn')}</Text>
        </Stack>
      )}
      {state !== 'signingIn' && (
        <Stack gap="md">
          <Title order={1} fz={22}>
            {t('loginLink.invalidTitle')}
          </Title>
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {state === 'invalid' ? t('loginLink.invalidText') : t('errors.network')}
          </Alert>
          <Button component={Link} to={paths.login} fullWidth>
            {t('loginLink.toLogin')}
          </Button>
        </Stack>
      )}
    </PublicCard>
  );
}
