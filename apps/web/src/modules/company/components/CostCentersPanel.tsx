import type { CompanyCostCenterFieldsFragment } from '@branchline/graphql-types';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTags } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfirmAction } from '../../../lib/use-confirm-action';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import type { DataTableColumn } from '../../../ui/DataTable';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { RowActions } from '../../../ui/RowActions';
import { useCompanyCostCenters } from '../hooks/useCompanyCostCenters';
import { useDeleteCostCenter } from '../hooks/useDeleteCostCenter';
import type { CostCenterFormTarget } from './CostCenterFormModal';
import { CostCenterFormModal } from './CostCenterFormModal';

export interface CostCentersPanelProps {
  canManage: boolean;
}

export function CostCentersPanel({ canManage }: CostCentersPanelProps) {
  const { t } = useTranslation();
  const { costCenters, loading, error, refetch } = useCompanyCostCenters();
  const { deleteCostCenter, loading: deleting } = useDeleteCostCenter();
  const [formTarget, setFormTarget] = useState<CostCenterFormTarget | null>(null);
  const deletion = useConfirmAction(
    (costCenter: CompanyCostCenterFieldsFragment) => deleteCostCenter({ id: costCenter.id }),
    (costCenter) =>
      notifications.show({ color: 'teal', message: t('company.costCenters.deleted', { code: costCenter.code }) }),
  );

  const handleSaved = (code: string) => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('company.costCenters.saved', { code }) });
  };

  const columns: DataTableColumn<CompanyCostCenterFieldsFragment>[] = [
    {
      key: 'code',
      header: t('company.costCenters.code'),
      render: (costCenter) => (
        <Text size="sm" fw={500} ff="monospace">
          {costCenter.code}
        </Text>
      ),
    },
    {
      key: 'name',
      header: t('company.costCenters.name'),
      render: (costCenter) => <Text size="sm">{costCenter.name}</Text>,
    },
    {
      key: 'status',
      header: t('company.employees.status'),
      render: (costCenter) => (
        <Badge variant="light" color={costCenter.active ? 'teal' : 'gray'}>
          {costCenter.active ? t('company.costCenters.activeStatus') : t('company.costCenters.inactiveStatus')}
        </Badge>
      ),
    },
  ];

  return (
    <Card>
      <Stack gap="md">
        {canManage && (
          <Group justify="flex-end">
            <Button leftSection={<IconPlus size={16} />} onClick={() => setFormTarget({ mode: 'create' })}>
              {t('company.costCenters.add')}
            </Button>
          </Group>
        )}
        {error && (
          <ErrorNotice
            title={t('company.costCenters.loadError')}
            message={error.message}
            retryLabel={t('errors.retry')}
            onRetry={() => void refetch()}
          />
        )}
        {loading && <CenteredLoader label={t('app.loading')} />}
        {!loading && !error && (
          <DataTable
            label={t('company.costCenters.tableLabel')}
            rows={costCenters}
            rowKey={(costCenter) => costCenter.id}
            columns={columns}
            rowActions={
              canManage
                ? {
                    label: t('company.actions'),
                    render: (costCenter) => (
                      <RowActions
                        editLabel={t('company.edit')}
                        deleteLabel={t('company.delete')}
                        onEdit={() => setFormTarget({ mode: 'edit', costCenter })}
                        onDelete={() => deletion.request(costCenter)}
                      />
                    ),
                  }
                : undefined
            }
            empty={<EmptyState icon={IconTags}>{t('company.costCenters.empty')}</EmptyState>}
            minWidth={560}
          />
        )}
      </Stack>
      {canManage && (
        <>
          <CostCenterFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
          <ConfirmModal
            opened={deletion.target !== null}
            title={t('company.costCenters.deleteTitle')}
            text={t('company.costCenters.deleteText', {
              code: deletion.target?.code ?? '',
              name: deletion.target?.name ?? '',
            })}
            confirmLabel={t('company.delete')}
            cancelLabel={t('common.cancel')}
            loading={deleting}
            errors={deletion.errors}
            errorTitle={t('company.costCenters.notDeleted')}
            onConfirm={() => void deletion.confirm()}
            onClose={deletion.close}
          />
        </>
      )}
    </Card>
  );
}
