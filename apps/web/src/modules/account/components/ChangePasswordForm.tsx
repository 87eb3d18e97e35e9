import { LIMITS } from '@branchline/graphql-types';
import { Button, Card, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { SectionHeading } from '../../../ui/SectionHeading';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useChangePassword } from '../hooks/useChangePassword';

// Mirrors the API's rule so the user learns it before sending; the API checks again.
const MIN_PASSWORD_LENGTH = LIMITS.password.minLength;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { changePassword, loading } = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: UserErrorItem[] = [];
    if (!currentPassword) {
      local.push({
        code: 'REQUIRED',
        field: ['input', 'currentPassword'],
        message: t('accountPage.currentPasswordRequired'),
      });
    }
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      local.push({
        code: 'PASSWORD_TOO_SHORT',
        field: ['input', 'newPassword'],
        message: t('accountPage.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
      });
    }
    if (confirmation !== newPassword) {
      local.push({ code: 'MISMATCH', field: ['confirmation'], message: t('accountPage.passwordMismatch') });
    }
    if (local.length > 0) {
      setErrors(local);
      return;
    }
    try {
      const userErrors = await changePassword(currentPassword, newPassword);
      setErrors(userErrors);
      if (userErrors.length > 0) return;
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      notifications.show({ color: 'teal', message: t('accountPage.passwordChanged') });
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <Card component="section" aria-labelledby="change-password-title">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <SectionHeading
            id="change-password-title"
            title={t('accountPage.changePassword')}
            description={t('accountPage.changePasswordHint', { min: MIN_PASSWORD_LENGTH })}
          />
          <PasswordInput
            label={t('accountPage.currentPassword')}
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'currentPassword')}
            autoComplete="current-password"
            required
          />
          <PasswordInput
            label={t('accountPage.newPassword')}
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'newPassword')}
            autoComplete="new-password"
            required
          />
          <PasswordInput
            label={t('accountPage.confirmPassword')}
            value={confirmation}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
            error={fieldErrorFor(errors, 'confirmation')}
            autoComplete="new-password"
            required
          />
          <UserErrorAlert
            title={t('accountPage.passwordNotChanged')}
            errors={unplacedErrors(errors, ['currentPassword', 'newPassword', 'confirmation'])}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('accountPage.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
