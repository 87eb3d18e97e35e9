import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import type { UserErrorItem } from '../lib/user-errors';

export interface UserErrorAlertProps {
  title: string;
  errors: UserErrorItem[];
}

// Problems the user can fix, as the API worded them: one as a sentence, several as a list.
export function UserErrorAlert({ title, errors }: UserErrorAlertProps) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} />} role="alert">
      {errors.length === 1 ? (
        errors[0]?.message
      ) : (
        <List size="sm">
          {errors.map((error, index) => (
            <List.Item key={`${error.code}-${index}`}>{error.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
