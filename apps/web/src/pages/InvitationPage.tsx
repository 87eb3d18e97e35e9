import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { paths } from '../lib/paths';
import { useFormat } from '../lib/use-format';
import type { SignedIn } from '../modules/identity/utils/landing';
import { pathAfterSignIn } from '../modules/identity/utils/landing';
import { AcceptInvitationForm } from '../modules/invitation/components/AcceptInvitationForm';
import { useInvitationPreview } from '../modules/invitation/hooks/useInvitationPreview';
import { CenteredLoader } from '../ui/CenteredLoader';
import { PublicCard } from '../ui/PublicCard';

export function InvitationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const { invitation, loading, invalid, error, refetch } = useInvitationPreview(token);

  const handleAccepted = (signedIn: SignedIn) => {
    void navigate(pathAfterSignIn(signedIn, null), { replace: true });
  };

  return (
    <PublicCard width={460}>
      {loading && <CenteredLoader label={t('app.loading')} />}
      {invalid && (
        <Stack gap="md">
          <Title order={1} fz={22}>
            {t('invitation.invalidTitle')}
          </Title>
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {t('invitation.invalidText')}
          </Alert>
          <Anchor component={Link} to={paths.login} size="sm">
            {t('invitation.toLogin')}
          </Anchor>
        </Stack>
      )}
      {error && !invalid && (
        <Stack gap="md">
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            role="alert"
            title={t('errors.title')}
          >
            {t('errors.network')}
          </Alert>
          <Button variant="default" onClick={() => void refetch()}>
            {t('errors.retry')}
          </Button>
        </Stack>
      )}
      {invitation && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} fz={22}>
              {t('invitation.welcome', { name: `${invitation.firstName} ${invitation.lastName}` })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('invitation.invitedTo', { company: invitation.companyName })}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm">
              {t('invitation.loginEmail')}{' '}
              <Text span fw={600}>
                {invitation.email}
              </Text>
            </Text>
            <Text size="xs" c="dimmed">
              {t('invitation.validUntil', { date: format.dateTime(invitation.expiresAt) })}
            </Text>
          </Stack>
          <AcceptInvitationForm token={token} email={invitation.email} onAccepted={handleAccepted} />
        </Stack>
      )}
    </PublicCard>
  );
}
