import { Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { paths } from '../../../lib/paths';
import type { UserErrorItem } from '../../../lib/user-errors';
import { OneTimeLink } from '../../../ui/OneTimeLink';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useGenerateLoginLink } from '../hooks/useGenerateLoginLink';
import { useLoginLinkStatus } from '../hooks/useLoginLinkStatus';
import { useSetLoginLinkWish } from '../hooks/useSetLoginLinkWish';

// The individual login link: opt in, generate (revoking the previous one), see the link once.
export function LoginLinkCard() {
  const { t } = useTranslation();
  const { status } = useLoginLinkStatus();
  const { setWantsLoginLink, loading: saving } = useSetLoginLinkWish();
  const { generateLoginLink, loading: generating } = useGenerateLoginLink();
  const [token, setToken] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);
  // The switch follows the click at once; the server's answer then takes over again.
  const [pendingWish, setPendingWish] = useState<boolean | null>(null);

  // The operator switched the feature off: nothing to offer.
  if (!status?.loginLinksEnabled) return null;

  const handleWishChange = async (wants: boolean) => {
    setErrors([]);
    // Opting out deletes the link: do not keep showing it.
    if (!wants) setToken(null);
    setPendingWish(wants);
    try {
      setErrors(await setWantsLoginLink(wants));
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
    setPendingWish(null);
  };

  const handleGenerate = async () => {
    setErrors([]);
    try {
      const result = await generateLoginLink();
      setErrors(result.userErrors);
      setToken(result.token);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const hasLink = status.hasLoginLink || token !== null;
  const wantsLink = pendingWish ?? status.wantsLoginLink;

  return (
    <Card component="section" aria-labelledby="login-link-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={2} fz="lg" id="login-link-title">
              {t('loginLink.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('loginLink.hint')}
            </Text>
          </Stack>
          {wantsLink && (
            <Badge
              variant="light"
              color={hasLink ? 'teal' : 'gray'}
              leftSection={<IconLink size={12} />}
              style={{ flexShrink: 0 }}
            >
              {hasLink ? t('loginLink.active') : t('loginLink.none')}
            </Badge>
          )}
        </Group>
        <Switch
          label={t('loginLink.wish')}
          checked={wantsLink}
          disabled={saving}
          onChange={(event) => void handleWishChange(event.currentTarget.checked)}
        />
        {wantsLink && (
          <Group>
            <Button
              leftSection={<IconLink size={16} />}
              loading={generating}
              disabled={saving}
              onClick={() => void handleGenerate()}
            >
              {hasLink ? t('loginLink.regenerate') : t('loginLink.generate')}
            </Button>
          </Group>
        )}
        {wantsLink && token && (
          <OneTimeLink
            title={t('loginLink.linkTitle')}
            url={`${window.location.origin}${paths.loginLink(token)}`}
            inputLabel={t('loginLink.linkLabel')}
            copyLabel={t('loginLink.copy')}
            copiedLabel={t('loginLink.copied')}
          >
            {t('loginLink.linkHint')}
          </OneTimeLink>
        )}
        <UserErrorAlert title={t('loginLink.errorTitle')} errors={errors} />
      </Stack>
    </Card>
  );
}
