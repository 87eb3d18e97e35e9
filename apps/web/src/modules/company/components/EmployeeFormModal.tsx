import type { EmployeeFieldsFragment, LoginTarget } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { requiredErrors } from '../../../lib/required-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { FormModal } from '../../../ui/FormModal';
import { SaveForm } from '../../../ui/SaveForm';
import { LOGIN_TARGETS } from '../../identity/utils/login-targets';
import { useCompanyRoles } from '../hooks/useCompanyRoles';
import { useCreateEmployee } from '../hooks/useCreateEmployee';
import { useSetEmployeeActive } from '../hooks/useSetEmployeeActive';
import { useUpdateEmployee } from '../hooks/useUpdateEmployee';
import { SALUTATIONS } from '../model/salutations';

// Select values cannot be empty; this stands for "the operator's default".
const DEFAULT_TARGET = 'default';
const FORM_FIELDS = [
  'salutation',
  'firstName',
  'lastName',
  'email',
  'phone',
  'department',
  'isAdmin',
  'roleId',
  'loginTarget',
];

export type EmployeeFormTarget = { mode: 'create' } | { mode: 'edit'; employee: EmployeeFieldsFragment };

export interface EmployeeFormModalProps {
  target: EmployeeFormTarget | null;
  onClose: () => void;
  onSaved: (fullName: string) => void;
}

type EmployeeFormProps = Omit<EmployeeFormModalProps, 'target'> & { target: EmployeeFormTarget };

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

function EmployeeForm({ target, onClose, onSaved }: EmployeeFormProps) {
  const { t } = useTranslation();
  const existing = target.mode === 'edit' ? target.employee : null;
  const { roles } = useCompanyRoles();
  const { createEmployee, loading: creating } = useCreateEmployee();
  const { updateEmployee, loading: updating } = useUpdateEmployee();
  const { setEmployeeActive, loading: activating } = useSetEmployeeActive();
  const [salutation, setSalutation] = useState<string | null>(existing?.salutation ?? null);
  const [firstName, setFirstName] = useState(existing?.firstName ?? '');
  const [lastName, setLastName] = useState(existing?.lastName ?? '');
  const [email, setEmail] = useState(existing?.email ?? '');
  const [phone, setPhone] = useState(existing?.phone ?? '');
  const [department, setDepartment] = useState(existing?.department ?? '');
  const [isAdmin, setIsAdmin] = useState(existing?.isAdmin ?? false);
  const [roleId, setRoleId] = useState<string | null>(existing?.role?.id ?? null);
  const [active, setActive] = useState(existing?.active ?? true);
  const [loginTarget, setLoginTarget] = useState<string>(existing?.loginTarget ?? DEFAULT_TARGET);

  const salutationOptions = SALUTATIONS.map((value) => ({ value, label: t(`company.salutations.${value}`) }));
  const roleOptions = roles.map((role) => ({ value: role.id, label: role.name }));
  const targetOptions = [
    { value: DEFAULT_TARGET, label: t('company.employees.defaultTarget') },
    ...LOGIN_TARGETS.map((value) => ({ value, label: t(`loginTargets.${value}`) })),
  ];

  const check = () => {
    const local = requiredErrors({ firstName, lastName, ...(existing ? {} : { email }) }, t('company.required'));
    if (!isAdmin && !roleId) {
      local.push({ code: 'REQUIRED', field: ['input', 'roleId'], message: t('company.employees.roleRequired') });
    }
    return local;
  };

  const save = async (): Promise<readonly UserErrorItem[]> => {
    const chosenTarget: LoginTarget | null = LOGIN_TARGETS.find((value) => value === loginTarget) ?? null;
    const common = {
      salutation,
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      phone: optional(phone),
      department: optional(department),
      loginTarget: chosenTarget,
      // Admins hold no role: the API wants the flag or a role, never both.
      ...(isAdmin ? { isAdmin: true } : { isAdmin: false, roleId }),
    };
    if (!existing) return createEmployee({ ...common, email: email.trim(), active });
    const userErrors = await updateEmployee({ id: existing.id, ...common });
    if (userErrors.length > 0 || active === existing.active) return userErrors;
    return setEmployeeActive({ id: existing.id, active });
  };

  const { errors, onSubmit } = useFormSubmit({
    check,
    save,
    onSaved: () => onSaved(`${firstName.trim()} ${lastName.trim()}`),
  });

  return (
    <SaveForm
      onSubmit={onSubmit}
      errors={unplacedErrors(errors, FORM_FIELDS)}
      errorTitle={t('company.employees.saveFailed')}
      submitting={creating || updating || activating}
      onCancel={onClose}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t('company.employees.salutation')}
          data={salutationOptions}
          value={salutation}
          onChange={setSalutation}
          clearable
          error={fieldErrorFor(errors, 'salutation')}
        />
        <TextInput
          label={t('company.employees.firstName')}
          value={firstName}
          onChange={(event) => setFirstName(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'firstName')}
          maxLength={LIMITS.personName.maxLength}
          required
          data-autofocus
        />
        <TextInput
          label={t('company.employees.lastName')}
          value={lastName}
          onChange={(event) => setLastName(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'lastName')}
          maxLength={LIMITS.personName.maxLength}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('company.employees.email')}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'email')}
          // The email is the login; the person changes it themselves, not the admin.
          disabled={Boolean(existing)}
          required
        />
        <TextInput
          label={t('company.employees.phone')}
          type="tel"
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'phone')}
        />
        <TextInput
          label={t('company.employees.department')}
          value={department}
          onChange={(event) => setDepartment(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'department')}
        />
        <Select
          label={t('company.employees.loginTarget')}
          data={targetOptions}
          value={loginTarget}
          onChange={(value) => setLoginTarget(value ?? DEFAULT_TARGET)}
          allowDeselect={false}
          error={fieldErrorFor(errors, 'loginTarget')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('company.employees.role')}
          description={isAdmin ? t('company.employees.adminNoRole') : undefined}
          data={roleOptions}
          value={isAdmin ? null : roleId}
          onChange={setRoleId}
          // Picking the chosen role again must not clear it.
          allowDeselect={false}
          // Administrators cannot hold a role, so the field is greyed out for them.
          disabled={isAdmin}
          placeholder={isAdmin ? t('company.employees.administrator') : t('company.employees.chooseRole')}
          error={fieldErrorFor(errors, 'roleId')}
        />
        <Stack gap="xs" justify="center" pt={{ base: 0, sm: 'lg' }}>
          <Checkbox
            label={t('company.employees.isAdmin')}
            checked={isAdmin}
            onChange={(event) => setIsAdmin(event.currentTarget.checked)}
            error={fieldErrorFor(errors, 'isAdmin')}
          />
          <Checkbox
            label={t('company.employees.active')}
            description={t('company.employees.activeHint')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
          />
        </Stack>
      </SimpleGrid>
    </SaveForm>
  );
}

export function EmployeeFormModal({ target, onClose, onSaved }: EmployeeFormModalProps) {
  const { t } = useTranslation();
  const titles = { create: t('company.employees.createTitle'), edit: t('company.employees.editTitle') };
  return (
    <FormModal target={target} titles={titles} size="xl" onClose={onClose}>
      {(shown) => <EmployeeForm target={shown} onClose={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}
