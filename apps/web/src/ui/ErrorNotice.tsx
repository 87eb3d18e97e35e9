import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface ErrorNoticeProps {
  title: ReactNode;
  message?: ReactNode;
  retryLabel?: string;
  onRetry?: () => void;
}

export function ErrorNotice({ title, message, retryLabel, onRetry }: ErrorNoticeProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={20} />} role="alert">
      <Group justify="space-between" align="center" gap="sm">
        {message && <Text size="sm">{message}</Text>}
        {onRetry && retryLabel && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {retryLabel}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
