import { Button, Card, Group, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { CenteredLoader } from '../../../ui/CenteredLoader';
import type { DataTableProps } from '../../../ui/DataTable';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { RowActions } from '../../../ui/RowActions';

export interface CompanyListCardProps<T> extends Omit<DataTableProps<T>, 'rowActions'> {
  // Managers get the add button, the edit/delete buttons of each row and the dialogs.
  canManage: boolean;
  addLabel: string;
  onAdd: () => void;
  onEdit: (row: T) => void;
  onDelete: (row: T) => void;
  loading: boolean;
  error: { message: string } | undefined;
  loadErrorTitle: string;
  onRetry: () => void;
  // The create/edit and the delete dialog.
  dialogs: ReactNode;
}

// A list of the company's master data (addresses, cost centers) as a table in a card, managed in dialogs.
export function CompanyListCard<T>({
  canManage,
  addLabel,
  onAdd,
  onEdit,
  onDelete,
  loading,
  error,
  loadErrorTitle,
  onRetry,
  dialogs,
  ...table
}: CompanyListCardProps<T>) {
  const { t } = useTranslation();
  const rowActions = {
    label: t('company.actions'),
    render: (row: T) => (
      <RowActions
        editLabel={t('company.edit')}
        deleteLabel={t('company.delete')}
        onEdit={() => onEdit(row)}
        onDelete={() => onDelete(row)}
      />
    ),
  };
  return (
    <Card>
      <Stack gap="md">
        {canManage && (
          <Group justify="flex-end">
            <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
              {addLabel}
            </Button>
          </Group>
        )}
        {error && (
          <ErrorNotice
            title={loadErrorTitle}
            message={error.message}
            retryLabel={t('errors.retry')}
            onRetry={onRetry}
          />
        )}
        {loading && <CenteredLoader label={t('app.loading')} />}
        {!loading && !error && <DataTable {...table} rowActions={canManage ? rowActions : undefined} />}
      </Stack>
      {canManage && dialogs}
    </Card>
  );
}
