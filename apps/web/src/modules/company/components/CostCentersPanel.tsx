import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CompanyCostCenterFieldsFragment } from '@branchline/graphql-types';
import { IconEdit, IconPlus, IconTags, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useCompanyCostCenters } from '../hooks/useCompanyCostCenters';
import { useDeleteCostCenter } from '../hooks/useDeleteCostCenter';
import { ConfirmModal } from './ConfirmModal';
import { CostCenterFormModal } from './CostCenterFormModal';
import type { CostCenterFormTarget } from './CostCenterFormModal';
import { EmptyState } from '../../../ui/EmptyState';
import type { UserErrorItem } from '../../../lib/user-errors';

export interface CostCentersPanelProps {
  canManage: boolean;
}

export function CostCentersPanel({ canManage }: CostCentersPanelProps) {
  const { t } = useTranslation();
  const { costCenters, loading, error, refetch } = useCompanyCostCenters();
  const { deleteCostCenter, loading: deleting } = useDeleteCostCenter();
  const [formTarget, setFormTarget] = useState<CostCenterFormTarget | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<CompanyCostCenterFieldsFragment | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<UserErrorItem[]>([]);

  const handleSaved = (code: string) => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('company.costCenters.saved', { code }) });
  };

  const handleDeleteConfirm = async () => {
    if (!deleteTarget) return;
    try {
      const userErrors = await deleteCostCenter({ id: deleteTarget.id });
      setDeleteErrors(userErrors);
      if (userErrors.length > 0) return;
      notifications.show({ color: 'teal', message: t('company.costCenters.deleted', { code: deleteTarget.code }) });
      setDeleteTarget(null);
    } catch {
      setDeleteErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

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
          <ErrorNotice title={t('company.costCenters.loadError')} message={error.message} retryLabel={t('errors.retry')} onRetry={() => void refetch()} />
        )}
        {loading && <CenteredLoader label={t('app.loading')} />}
        {!loading && !error && costCenters.length === 0 && (
          <EmptyState icon={IconTags}>{t('company.costCenters.empty')}</EmptyState>
        )}
        {!loading && !error && costCenters.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('company.costCenters.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('company.costCenters.code')}</Table.Th>
                  <Table.Th>{t('company.costCenters.name')}</Table.Th>
                  <Table.Th>{t('company.employees.status')}</Table.Th>
                  {canManage && <Table.Th aria-label={t('company.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {costCenters.map((costCenter) => (
                  <Table.Tr key={costCenter.id}>
                    <Table.Td>
                      <Text size="sm" fw={500} ff="monospace">
                        {costCenter.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{costCenter.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={costCenter.active ? 'teal' : 'gray'}>
                        {costCenter.active ? t('company.costCenters.activeStatus') : t('company.costCenters.inactiveStatus')}
                      </Badge>
                    </Table.Td>
                    {canManage && (
                      <Table.Td ta="right">
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconEdit size={14} />}
                            onClick={() => setFormTarget({ mode: 'edit', costCenter })}
                          >
                            {t('company.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            leftSection={<IconTrash size={14} />}
                            onClick={() => {
                              setDeleteErrors([]);
                              setDeleteTarget(costCenter);
                            }}
                          >
                            {t('company.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {canManage && (
        <>
          <CostCenterFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
          <ConfirmModal
            opened={deleteTarget !== null}
            title={t('company.costCenters.deleteTitle')}
            text={t('company.costCenters.deleteText', { code: deleteTarget?.code ?? '', name: deleteTarget?.name ?? '' })}
            confirmLabel={t('company.delete')}
            loading={deleting}
            errors={deleteErrors}
            errorTitle={t('company.costCenters.notDeleted')}
            onConfirm={() => void handleDeleteConfirm()}
            onClose={() => setDeleteTarget(null)}
          />
        </>
      )}
    </Card>
  );
}
