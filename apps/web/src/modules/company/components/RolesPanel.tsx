import type { RoleFieldsFragment } from '@branchline/graphql-types';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfirmAction } from '../../../lib/use-confirm-action';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { RowActions } from '../../../ui/RowActions';
import { useCompanyRoles } from '../hooks/useCompanyRoles';
import { useDeleteRole } from '../hooks/useDeleteRole';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import type { RoleFormTarget } from './RoleFormModal';
import { RoleFormModal } from './RoleFormModal';

export interface RolesPanelProps {
  canManage: boolean;
}

export function RolesPanel({ canManage }: RolesPanelProps) {
  const { t } = useTranslation();
  const { roles, permissionCatalog, loading, error, refetch } = useCompanyRoles();
  const { deleteRole, loading: deleting } = useDeleteRole();
  const [formTarget, setFormTarget] = useState<RoleFormTarget | null>(null);
  const deletion = useConfirmAction(
    (role: RoleFieldsFragment) => deleteRole({ id: role.id }),
    (role) => notifications.show({ color: 'teal', message: t('company.roles.deleted', { name: role.name }) }),
  );

  const handleSaved = (name: string) => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('company.roles.saved', { name }) });
  };

  if (loading) return <CenteredLoader label={t('app.loading')} />;
  if (error) {
    return (
      <ErrorNotice
        title={t('company.roles.loadError')}
        message={error.message}
        retryLabel={t('errors.retry')}
        onRetry={() => void refetch()}
      />
    );
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
                <RowActions
                  editLabel={t('company.edit')}
                  deleteLabel={t('company.delete')}
                  onEdit={() => setFormTarget({ mode: 'edit', role })}
                  // Preset roles can be edited but not deleted.
                  onDelete={role.isPreset ? undefined : () => deletion.request(role)}
                  editAriaLabel={t('company.roles.editLabel', { name: role.name })}
                  deleteAriaLabel={t('company.roles.deleteLabel', { name: role.name })}
                />
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
                      .map((holder) =>
                        holder.active ? holder.fullName : t('company.roles.inactiveHolder', { name: holder.fullName }),
                      )
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
          <ConfirmDeleteModal
            deletion={deletion}
            loading={deleting}
            title={t('company.roles.deleteTitle')}
            text={t('company.roles.deleteText', { name: deletion.target?.name ?? '' })}
            errorTitle={t('company.roles.notDeleted')}
          />
        </>
      )}
    </Stack>
  );
}
