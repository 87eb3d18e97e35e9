import { LIMITS } from '@branchline/graphql-types';
import { Button, PasswordInput, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import type { SignedIn } from '../../identity/utils/landing';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

// Mirrors the API's rule so the user hears about it before the round trip.
const MIN_PASSWORD_LENGTH = LIMITS.password.minLength;

export interface AcceptInvitationFormProps {
  token: string;
  email: string;
  onAccepted: (signedIn: SignedIn) => void;
}

export function AcceptInvitationForm({ token, email, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const { acceptInvitation, loading } = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      setErrors([
        { code: 'PASSWORD_TOO_SHORT', field: ['input', 'password'], message: t('invitation.passwordTooShort') },
      ]);
      return;
    }
    if (password !== confirmation) {
      setErrors([{ code: 'MISMATCH', field: ['confirmation'], message: t('invitation.passwordMismatch') }]);
      return;
    }
    try {
      const result = await acceptInvitation(token, password);
      if (result.ok) {
        onAccepted(result);
        return;
      }
      setErrors(
        result.userErrors.length > 0 ? result.userErrors : [{ code: 'FAILED', message: t('invitation.acceptFailed') }],
      );
    } catch {
      // Used up or expired between opening the page and submitting.
      setErrors([{ code: 'FAILED', message: t('invitation.acceptFailed') }]);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={t('invitation.formLabel')}>
      <Stack gap="md">
        {/* Lets password managers store the new password under the right login. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label={t('invitation.password')}
          description={t('invitation.passwordHint')}
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'password')}
          required
          withAsterisk={false}
          autoFocus
        />
        <PasswordInput
          label={t('invitation.confirmPassword')}
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'confirmation')}
          required
          withAsterisk={false}
        />
        <UserErrorAlert
          title={t('invitation.acceptErrorTitle')}
          errors={unplacedErrors(errors, ['password', 'confirmation'])}
        />
        <Button type="submit" fullWidth loading={loading} mt="xs">
          {t('invitation.accept')}
        </Button>
      </Stack>
    </form>
  );
}
