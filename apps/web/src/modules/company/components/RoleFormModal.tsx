import type { CompanyRolesQuery, Permission, RoleFieldsFragment } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import { Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { requiredErrors } from '../../../lib/required-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { fieldErrorFor, unplacedErrors } from '../../../lib/user-errors';
import { FormModal } from '../../../ui/FormModal';
import { SaveForm } from '../../../ui/SaveForm';
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

type RoleFormProps = Omit<RoleFormModalProps, 'target'> & { target: RoleFormTarget };

function RoleForm({ target, permissionCatalog, onClose, onSaved }: RoleFormProps) {
  const { t } = useTranslation();
  const existing = target.mode === 'edit' ? target.role : null;
  const [name, setName] = useState(existing?.name ?? '');
  const [permissions, setPermissions] = useState<Permission[]>(existing?.permissions ?? []);
  const { createRole, loading: creating } = useCreateRole();
  const { updateRole, loading: updating } = useUpdateRole();

  const handleToggle = (permission: Permission, checked: boolean) =>
    setPermissions((current) => (checked ? [...current, permission] : current.filter((p) => p !== permission)));

  const { errors, onSubmit } = useFormSubmit({
    check: () => requiredErrors({ name }, t('company.required')),
    save: () =>
      existing
        ? // Preset roles keep their name, so only the permissions are sent for them.
          updateRole({ id: existing.id, permissions, ...(existing.isPreset ? {} : { name: name.trim() }) })
        : createRole({ name: name.trim(), permissions }),
    onSaved: () => onSaved(name.trim()),
  });

  return (
    <SaveForm
      onSubmit={onSubmit}
      errors={unplacedErrors(errors, ['name', 'permissions'])}
      errorTitle={t('company.roles.saveFailed')}
      submitting={creating || updating}
      onCancel={onClose}
    >
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
    </SaveForm>
  );
}

export function RoleFormModal({ target, permissionCatalog, onClose, onSaved }: RoleFormModalProps) {
  const { t } = useTranslation();
  const titles = { create: t('company.roles.createTitle'), edit: t('company.roles.editTitle') };
  return (
    <FormModal target={target} titles={titles} size="xl" onClose={onClose}>
      {(shown) => <RoleForm target={shown} permissionCatalog={permissionCatalog} onClose={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}
