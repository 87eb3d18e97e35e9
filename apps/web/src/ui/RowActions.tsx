import { Button, Group } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';

export interface RowActionsProps {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  // Left out for rows that cannot be deleted (a preset role); the edit button stays.
  onDelete?: () => void;
  // When several rows sit side by side, name the row in the button ("Edit role Buyer").
  editAriaLabel?: string;
  deleteAriaLabel?: string;
}

// The edit and delete buttons at the end of a list row.
export function RowActions({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
  editAriaLabel,
  deleteAriaLabel,
}: RowActionsProps) {
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconEdit size={14} />}
        onClick={onEdit}
        aria-label={editAriaLabel}
      >
        {editLabel}
      </Button>
      {onDelete && (
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={onDelete}
          aria-label={deleteAriaLabel}
        >
          {deleteLabel}
        </Button>
      )}
    </Group>
  );
}
