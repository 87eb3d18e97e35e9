import type { CompanyCostCenterFieldsFragment } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { requiredErrors } from '../../../lib/required-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { fieldErrorFor, unplacedErrors } from '../../../lib/user-errors';
import { FormModal } from '../../../ui/FormModal';
import { SaveForm } from '../../../ui/SaveForm';
import { useCreateCostCenter } from '../hooks/useCreateCostCenter';
import { useUpdateCostCenter } from '../hooks/useUpdateCostCenter';

export type CostCenterFormTarget = { mode: 'create' } | { mode: 'edit'; costCenter: CompanyCostCenterFieldsFragment };

export interface CostCenterFormModalProps {
  target: CostCenterFormTarget | null;
  onClose: () => void;
  onSaved: (code: string) => void;
}

type CostCenterFormProps = Omit<CostCenterFormModalProps, 'target'> & { target: CostCenterFormTarget };

function CostCenterForm({ target, onClose, onSaved }: CostCenterFormProps) {
  const { t } = useTranslation();
  const existing = target.mode === 'edit' ? target.costCenter : null;
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [active, setActive] = useState(existing?.active ?? true);
  const { createCostCenter, loading: creating } = useCreateCostCenter();
  const { updateCostCenter, loading: updating } = useUpdateCostCenter();
  const input = { code: code.trim(), name: name.trim(), active };
  const { errors, onSubmit } = useFormSubmit({
    check: () => requiredErrors({ code, name }, t('company.required')),
    save: () => (existing ? updateCostCenter({ id: existing.id, ...input }) : createCostCenter(input)),
    onSaved: () => onSaved(input.code),
  });

  return (
    <SaveForm
      onSubmit={onSubmit}
      errors={unplacedErrors(errors, ['code', 'name'])}
      errorTitle={t('company.costCenters.saveFailed')}
      submitting={creating || updating}
      onCancel={onClose}
    >
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
    </SaveForm>
  );
}

export function CostCenterFormModal({ target, onClose, onSaved }: CostCenterFormModalProps) {
  const { t } = useTranslation();
  const titles = { create: t('company.costCenters.createTitle'), edit: t('company.costCenters.editTitle') };
  return (
    <FormModal target={target} titles={titles} size="lg" onClose={onClose}>
      {(shown) => <CostCenterForm target={shown} onClose={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}
