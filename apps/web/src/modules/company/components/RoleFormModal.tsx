import type { CompanyRolesQuery, Permission, RoleFieldsFragment } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import { Checkbox, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useRetained } from '../../../lib/use-retained';
import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { FormActions } from '../../../ui/FormActions';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useCreateRole } from '../hooks/useCreateRole';
import { useUpdateRole } from '../hooks/useUpdateRole';

export type RoleFormTarget = { mode: 'create' } | { mode: 'edit'; role: RoleFieldsFragment };

type PermissionInfo = CompanyRolesQuery['permissionCatalog'][number];

export interface RoleFormModalProps {
  target: RoleFormTarget | null;
  permissionCatalog: PermissionInfo[];
  onClose: () => void;
  onSaved: (name: string) => void;
}

interface RoleFormProps {
  target: RoleFormTarget;
  permissionCatalog: PermissionInfo[];
  onClose: () => void;
  onSaved: (name: string) => void;
}

function RoleForm({ target, permissionCatalog, onClose, onSaved }: RoleFormProps) {
  const { t } = useTranslation();
  const existing = target.mode === 'edit' ? target.role : null;
  const [name, setName] = useState(existing?.name ?? '');
  const [permissions, setPermissions] = useState<Permission[]>(existing?.permissions ?? []);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);
  const { createRole, loading: creating } = useCreateRole();
  const { updateRole, loading: updating } = useUpdateRole();

  const handleToggle = (permission: Permission, checked: boolean) =>
    setPermissions((current) => (checked ? [...current, permission] : current.filter((p) => p !== permission)));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setErrors([{ code: 'REQUIRED', field: ['input', 'name'], message: t('company.required') }]);
      return;
    }
    try {
      const userErrors = existing
        ? // Preset roles keep their name, so only the permissions are sent for them.
          await updateRole({ id: existing.id, permissions, ...(existing.isPreset ? {} : { name: name.trim() }) })
        : await createRole({ name: name.trim(), permissions });
      setErrors(userErrors);
      if (userErrors.length === 0) onSaved(name.trim());
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('company.roles.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'name')}
          maxLength={LIMITS.roleName.maxLength}
          description={existing?.isPreset ? t('company.roles.presetNameFixed') : undefined}
          disabled={existing?.isPreset}
          required
          data-autofocus
        />
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('company.roles.permissions')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            {permissionCatalog.map((info) => (
              <Checkbox
                key={info.permission}
                label={t(`company.permissions.${info.permission}`)}
                description={info.adminOnly ? t('company.roles.adminOnly') : undefined}
                checked={permissions.includes(info.permission)}
                // Admin-only permissions come with the admin flag and cannot be part of a role.
                disabled={info.adminOnly}
                onChange={(event) => handleToggle(info.permission, event.currentTarget.checked)}
              />
            ))}
          </SimpleGrid>
          {fieldErrorFor(errors, 'permissions') && (
            <Text size="xs" c="red">
              {fieldErrorFor(errors, 'permissions')}
            </Text>
          )}
        </Stack>
        <UserErrorAlert
          title={t('company.roles.saveFailed')}
          errors={unplacedErrors(errors, ['name', 'permissions'])}
        />
        <FormActions
          cancelLabel={t('common.cancel')}
          submitLabel={t('common.save')}
          submitting={creating || updating}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

export function RoleFormModal({ target, permissionCatalog, onClose, onSaved }: RoleFormModalProps) {
  const { t } = useTranslation();
  const shown = useRetained(target);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={shown.value?.mode === 'edit' ? t('company.roles.editTitle') : t('company.roles.createTitle')}
      size="xl"
    >
      {/* Keyed per opening: each starts from its own values; the last one stays visible while the modal fades out. */}
      {shown.value && (
        <RoleForm
          key={shown.version}
          target={shown.value}
          permissionCatalog={permissionCatalog}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}
