import { Button, Group } from '@mantine/core';

export interface FormActionsProps {
  cancelLabel: string;
  submitLabel: string;
  submitting: boolean;
  onCancel: () => void;
}

// The footer of every form dialog: cancel on the left of the submit button, which spins while saving.
export function FormActions({ cancelLabel, submitLabel, submitting, onCancel }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
