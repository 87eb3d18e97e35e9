import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import type { UserErrorItem } from '../lib/user-errors';
import { UserErrorAlert } from './UserErrorAlert';

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  text: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  loading: boolean;
  errors: UserErrorItem[];
  errorTitle: string;
  onConfirm: () => void;
  onClose: () => void;
}

// Destructive actions (unlink, delete) ask first and show the API's refusal in place.
export function ConfirmModal({
  opened,
  title,
  text,
  confirmLabel,
  cancelLabel,
  loading,
  errors,
  errorTitle,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        <UserErrorAlert title={errorTitle} errors={errors} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {cancelLabel}
          </Button>
          <Button color="red" onClick={onConfirm} loading={loading} disabled={errors.length > 0}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
