import type { CompanyCostCenterFieldsFragment } from '@branchline/graphql-types';
import { Badge, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTags } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfirmAction } from '../../../lib/use-confirm-action';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { useCompanyCostCenters } from '../hooks/useCompanyCostCenters';
import { useDeleteCostCenter } from '../hooks/useDeleteCostCenter';
import { CompanyListCard } from './CompanyListCard';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
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
    <CompanyListCard
      canManage={canManage}
      addLabel={t('company.costCenters.add')}
      onAdd={() => setFormTarget({ mode: 'create' })}
      onEdit={(costCenter) => setFormTarget({ mode: 'edit', costCenter })}
      onDelete={deletion.request}
      loading={loading}
      error={error}
      loadErrorTitle={t('company.costCenters.loadError')}
      onRetry={() => void refetch()}
      label={t('company.costCenters.tableLabel')}
      rows={costCenters}
      rowKey={(costCenter) => costCenter.id}
      columns={columns}
      empty={<EmptyState icon={IconTags}>{t('company.costCenters.empty')}</EmptyState>}
      minWidth={560}
      dialogs={
        <>
          <CostCenterFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
          <ConfirmDeleteModal
            deletion={deletion}
            loading={deleting}
            title={t('company.costCenters.deleteTitle')}
            text={t('company.costCenters.deleteText', {
              code: deletion.target?.code ?? '',
              name: deletion.target?.name ?? '',
            })}
            errorTitle={t('company.costCenters.notDeleted')}
          />
        </>
      }
    />
  );
}
