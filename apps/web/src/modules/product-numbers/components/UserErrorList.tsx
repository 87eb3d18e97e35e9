import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import type { ProductNumberUserError } from '../hooks/product-number-mutations';

export interface UserErrorListProps {
  title: string;
  errors: ProductNumberUserError[];
}

export function UserErrorList({ title, errors }: UserErrorListProps) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} />} role="alert">
      {errors.length === 1 ? (
        errors[0].message
      ) : (
        <List size="sm">
          {errors.map((error) => (
            <List.Item key={`${error.code}-${error.message}`}>{error.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
