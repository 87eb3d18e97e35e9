import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RoleFieldsFragment } from '@branchline/graphql-types';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useCompanyRoles } from '../hooks/useCompanyRoles';
import { useDeleteRole } from '../hooks/useDeleteRole';
import { ConfirmModal } from './ConfirmModal';
import { RoleFormModal } from './RoleFormModal';
import type { RoleFormTarget } from './RoleFormModal';
import type { UserErrorItem } from '../../../lib/user-errors';

export interface RolesPanelProps {
  canManage: boolean;
}

export function RolesPanel({ canManage }: RolesPanelProps) {
  const { t } = useTranslation();
  const { roles, permissionCatalog, loading, error, refetch } = useCompanyRoles();
  const { deleteRole, loading: deleting } = useDeleteRole();
  const [formTarget, setFormTarget] = useState<RoleFormTarget | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<RoleFieldsFragment | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<UserErrorItem[]>([]);

  const handleSaved = (name: string) => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('company.roles.saved', { name }) });
  };

  const handleDeleteRequest = (role: RoleFieldsFragment) => {
    setDeleteErrors([]);
    setDeleteTarget(role);
  };

  const handleDeleteConfirm = async () => {
    if (!deleteTarget) return;
    try {
      const userErrors = await deleteRole({ id: deleteTarget.id });
      setDeleteErrors(userErrors);
      if (userErrors.length > 0) return;
      notifications.show({ color: 'teal', message: t('company.roles.deleted', { name: deleteTarget.name }) });
      setDeleteTarget(null);
    } catch {
      setDeleteErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  if (loading) return <CenteredLoader label={t('app.loading')} />;
  if (error) {
    return <ErrorNotice title={t('company.roles.loadError')} message={error.message} retryLabel={t('errors.retry')} onRetry={() => void refetch()} />;
  }

  return (
    <Stack gap="md">
      {canManage && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setFormTarget({ mode: 'create' })}>
            {t('company.roles.add')}
          </Button>
        </Group>
      )}
      {roles.map((role) => (
        <Card key={role.id} component="article" aria-label={role.name} data-testid="role-card">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Group gap="xs">
                <Title order={2} fz="md">
                  {role.name}
                </Title>
                <Badge variant="light" color={role.isPreset ? 'gray' : 'brand'} size="sm">
                  {role.isPreset ? t('company.roles.preset') : t('company.roles.custom')}
                </Badge>
              </Group>
              {canManage && (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconEdit size={14} />}
                    onClick={() => setFormTarget({ mode: 'edit', role })}
                    aria-label={t('company.roles.editLabel', { name: role.name })}
                  >
                    {t('company.edit')}
                  </Button>
                  {!role.isPreset && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => handleDeleteRequest(role)}
                      aria-label={t('company.roles.deleteLabel', { name: role.name })}
                    >
                      {t('company.delete')}
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            <Group gap={6}>
              {role.permissions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('company.roles.noPermissions')}
                </Text>
              ) : (
                role.permissions.map((permission) => (
                  <Badge key={permission} variant="outline" color="gray" tt="none" fw={500}>
                    {t(`company.permissions.${permission}`)}
                  </Badge>
                ))
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {role.holders.length === 0
                ? t('company.roles.noHolders')
                : t('company.roles.holders', {
                    names: role.holders
                      .map((holder) => (holder.active ? holder.fullName : t('company.roles.inactiveHolder', { name: holder.fullName })))
                      .join(', '),
                  })}
            </Text>
          </Stack>
        </Card>
      ))}
      {canManage && (
        <>
          <RoleFormModal
            target={formTarget}
            permissionCatalog={permissionCatalog}
            onClose={() => setFormTarget(null)}
            onSaved={handleSaved}
          />
          <ConfirmModal
            opened={deleteTarget !== null}
            title={t('company.roles.deleteTitle')}
            text={t('company.roles.deleteText', { name: deleteTarget?.name ?? '' })}
            confirmLabel={t('company.delete')}
            loading={deleting}
            errors={deleteErrors}
            errorTitle={t('company.roles.notDeleted')}
            onConfirm={() => void handleDeleteConfirm()}
            onClose={() => setDeleteTarget(null)}
          />
        </>
      )}
    </Stack>
  );
}
