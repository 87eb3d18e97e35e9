import type { UserSessionFieldsFragment } from '@branchline/graphql-types';
import { Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useEndOtherSessions } from '../hooks/useEndOtherSessions';
import { useEndSession } from '../hooks/useEndSession';
import { useUserSessions } from '../hooks/useUserSessions';
import { SessionsTable } from './SessionsTable';

export interface SessionsBrowserProps {
  // Ending this device's own session signs the user out; the page decides where to go then.
  onCurrentSessionEnded: () => Promise<void>;
}

export function SessionsBrowser({ onCurrentSessionEnded }: SessionsBrowserProps) {
  const { t } = useTranslation();
  const { sessions, error, loading, refetch } = useUserSessions();
  const { endSession } = useEndSession();
  const { endOtherSessions, loading: endingOthers } = useEndOtherSessions();
  const [endingId, setEndingId] = useState<string | null>(null);
  const [confirmCurrent, setConfirmCurrent] = useState<UserSessionFieldsFragment | null>(null);
  const otherCount = sessions.filter((session) => !session.isCurrent).length;

  const endOne = async (session: UserSessionFieldsFragment) => {
    setEndingId(session.id);
    try {
      const userErrors = await endSession(session.id);
      if (userErrors.length > 0) {
        notifications.show({ color: 'red', message: userErrors.map((e) => e.message).join(' ') });
        return;
      }
      if (session.isCurrent) {
        await onCurrentSessionEnded();
        return;
      }
      notifications.show({ color: 'teal', message: t('sessions.ended') });
      await refetch();
    } catch {
      notifications.show({ color: 'red', message: t('sessions.endFailed') });
    } finally {
      setEndingId(null);
    }
  };

  const handleEnd = (session: UserSessionFieldsFragment) => {
    if (session.isCurrent) setConfirmCurrent(session);
    else void endOne(session);
  };

  const handleConfirmCurrent = () => {
    const session = confirmCurrent;
    setConfirmCurrent(null);
    if (session) void endOne(session);
  };

  const handleEndOthers = async () => {
    try {
      const count = await endOtherSessions();
      notifications.show({ color: 'teal', message: t('sessions.othersEnded', { count }) });
    } catch {
      notifications.show({ color: 'red', message: t('sessions.endFailed') });
    }
  };

  return (
    <Card>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed" aria-live="polite">
            {loading ? '' : t('sessions.count', { count: sessions.length })}
          </Text>
          <Button
            variant="default"
            color="red"
            leftSection={<IconLogout size={16} />}
            onClick={() => void handleEndOthers()}
            loading={endingOthers}
            disabled={otherCount === 0}
          >
            {t('sessions.endOthers')}
          </Button>
        </Group>
        {error && (
          <ErrorNotice
            title={t('sessions.loadError')}
            message={error.message}
            retryLabel={t('errors.retry')}
            onRetry={() => void refetch()}
          />
        )}
        {loading ? (
          <CenteredLoader label={t('app.loading')} />
        ) : (
          !error && <SessionsTable sessions={sessions} endingId={endingId} onEnd={handleEnd} />
        )}
      </Stack>
      <Modal
        opened={confirmCurrent !== null}
        onClose={() => setConfirmCurrent(null)}
        title={t('sessions.endCurrentTitle')}
      >
        <Stack gap="md">
          <Text size="sm">{t('sessions.endCurrentText')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmCurrent(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={handleConfirmCurrent}>
              {t('sessions.endAndLogout')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
