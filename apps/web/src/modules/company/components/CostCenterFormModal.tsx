import type { CompanyCostCenterFieldsFragment } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import { Checkbox, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useRetained } from '../../../lib/use-retained';
import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { FormActions } from '../../../ui/FormActions';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useCreateCostCenter } from '../hooks/useCreateCostCenter';
import { useUpdateCostCenter } from '../hooks/useUpdateCostCenter';

export type CostCenterFormTarget = { mode: 'create' } | { mode: 'edit'; costCenter: CompanyCostCenterFieldsFragment };

export interface CostCenterFormModalProps {
  target: CostCenterFormTarget | null;
  onClose: () => void;
  onSaved: (code: string) => void;
}

interface CostCenterFormProps {
  target: CostCenterFormTarget;
  onClose: () => void;
  onSaved: (code: string) => void;
}

function CostCenterForm({ target, onClose, onSaved }: CostCenterFormProps) {
  const { t } = useTranslation();
  const existing = target.mode === 'edit' ? target.costCenter : null;
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [active, setActive] = useState(existing?.active ?? true);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);
  const { createCostCenter, loading: creating } = useCreateCostCenter();
  const { updateCostCenter, loading: updating } = useUpdateCostCenter();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: UserErrorItem[] = [];
    if (!code.trim()) local.push({ code: 'REQUIRED', field: ['input', 'code'], message: t('company.required') });
    if (!name.trim()) local.push({ code: 'REQUIRED', field: ['input', 'name'], message: t('company.required') });
    if (local.length > 0) {
      setErrors(local);
      return;
    }
    const input = { code: code.trim(), name: name.trim(), active };
    try {
      const userErrors = existing
        ? await updateCostCenter({ id: existing.id, ...input })
        : await createCostCenter(input);
      setErrors(userErrors);
      if (userErrors.length === 0) onSaved(input.code);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('company.costCenters.code')}
            placeholder="CC-100"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'code')}
            maxLength={LIMITS.costCenterCode.maxLength}
            required
            data-autofocus
          />
          <TextInput
            label={t('company.costCenters.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'name')}
            maxLength={LIMITS.costCenterName.maxLength}
            required
          />
        </SimpleGrid>
        <Checkbox
          label={t('company.costCenters.active')}
          description={t('company.costCenters.activeHint')}
          checked={active}
          onChange={(event) => setActive(event.currentTarget.checked)}
        />
        <UserErrorAlert title={t('company.costCenters.saveFailed')} errors={unplacedErrors(errors, ['code', 'name'])} />
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

export function CostCenterFormModal({ target, onClose, onSaved }: CostCenterFormModalProps) {
  const { t } = useTranslation();
  const shown = useRetained(target);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={shown.value?.mode === 'edit' ? t('company.costCenters.editTitle') : t('company.costCenters.createTitle')}
      size="lg"
    >
      {/* Keyed per opening: each starts from its own values; the last one stays visible while the modal fades out. */}
      {shown.value && <CostCenterForm key={shown.version} target={shown.value} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}
