import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { OneTimeLink } from '../../../ui/OneTimeLink';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useCompanyRoles } from '../../company/hooks/useCompanyRoles';
import { SALUTATIONS } from '../../company/model/salutations';
import type { EmployeeInvitation } from '../hooks/useInviteEmployee';
import { useInviteEmployee } from '../hooks/useInviteEmployee';

const FORM_FIELDS = ['salutation', 'firstName', 'lastName', 'email', 'department', 'roleId'];

export interface InviteEmployeeModalProps {
  opened: boolean;
  onClose: () => void;
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

interface InviteFormProps {
  onInvited: (invitation: EmployeeInvitation) => void;
  onCancel: () => void;
}

function InviteForm({ onInvited, onCancel }: InviteFormProps) {
  const { t } = useTranslation();
  const { roles } = useCompanyRoles();
  const { inviteEmployee, loading } = useInviteEmployee();
  const [salutation, setSalutation] = useState<string | null>(null);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [department, setDepartment] = useState('');
  const [roleId, setRoleId] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const required = (field: string, value: string | null): UserErrorItem[] =>
      value?.trim() ? [] : [{ code: 'REQUIRED', field: ['input', field], message: t('invitation.required') }];
    const local = [
      ...required('firstName', firstName),
      ...required('lastName', lastName),
      ...required('email', email),
      ...required('roleId', roleId),
    ];
    if (local.length > 0 || !roleId) {
      setErrors(local);
      return;
    }
    try {
      const result = await inviteEmployee({
        salutation,
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        email: email.trim(),
        department: optional(department),
        roleId,
      });
      setErrors(result.userErrors);
      if (result.invitation) onInvited(result.invitation);
    } catch {
      setErrors([{ code: 'NETWORK', field: null, message: t('errors.network') }]);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('invitation.modalHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label={t('invitation.salutation')}
            data={SALUTATIONS.map((value) => ({ value, label: t(`company.salutations.${value}`) }))}
            value={salutation}
            onChange={setSalutation}
            clearable
            error={fieldErrorFor(errors, 'salutation')}
          />
          <TextInput
            label={t('invitation.firstName')}
            value={firstName}
            onChange={(event) => setFirstName(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'firstName')}
            required
            data-autofocus
          />
          <TextInput
            label={t('invitation.lastName')}
            value={lastName}
            onChange={(event) => setLastName(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'lastName')}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('invitation.email')}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'email')}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('invitation.role')}
            description={t('invitation.roleHint')}
            data={roles.map((role) => ({ value: role.id, label: role.name }))}
            value={roleId}
            onChange={setRoleId}
            error={fieldErrorFor(errors, 'roleId')}
            required
          />
          <TextInput
            label={t('invitation.department')}
            value={department}
            onChange={(event) => setDepartment(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'department')}
          />
        </SimpleGrid>
        <UserErrorAlert title={t('invitation.notSent')} errors={unplacedErrors(errors, FORM_FIELDS)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('invitation.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('invitation.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface InvitationResultProps {
  invitation: EmployeeInvitation;
  onClose: () => void;
}

function InvitationResult({ invitation, onClose }: InvitationResultProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The token is shown this once: there is no mail server, the admin passes the link on.
  const url = `${window.location.origin}${paths.invitation(invitation.token)}`;
  return (
    <Stack gap="md">
      <OneTimeLink
        title={t('invitation.linkTitle', { name: invitation.employee.fullName })}
        url={url}
        inputLabel={t('invitation.linkLabel')}
        copyLabel={t('invitation.copy')}
        copiedLabel={t('invitation.copied')}
      >
        {t('invitation.linkHint', { email: invitation.employee.email, expires: format.dateTime(invitation.expiresAt) })}
      </OneTimeLink>
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('invitation.done')}</Button>
      </Group>
    </Stack>
  );
}

export function InviteEmployeeModal({ opened, onClose }: InviteEmployeeModalProps) {
  const { t } = useTranslation();
  const [invitation, setInvitation] = useState<EmployeeInvitation | null>(null);

  const handleClose = () => {
    setInvitation(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={handleClose} title={t('invitation.modalTitle')} size="lg">
      {invitation ? (
        <InvitationResult invitation={invitation} onClose={handleClose} />
      ) : (
        <InviteForm onInvited={setInvitation} onCancel={handleClose} />
      )}
    </Modal>
  );
}
