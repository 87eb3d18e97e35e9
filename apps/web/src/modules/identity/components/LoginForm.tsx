import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLogin } from '../hooks/useLogin';
import type { SignedIn } from '../utils/landing';

export interface LoginFormProps {
  onSuccess: (signedIn: SignedIn) => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const { login, loading } = useLogin();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('auth.emailRequired')),
      password: (value) => (value ? null : t('auth.passwordRequired')),
    },
  });

  const handleSubmit = async (values: { email: string; password: string }) => {
    setError(null);
    try {
      const result = await login(values.email.trim(), values.password);
      if (result.ok) {
        onSuccess(result);
        return;
      }
      const [first] = result.userErrors;
      // Known codes get our translated wording; anything else shows the server's message.
      setError(
        first?.code === 'INVALID_CREDENTIALS' ? t('auth.invalidCredentials') : (first?.message ?? t('auth.failed')),
      );
    } catch {
      setError(t('auth.failed'));
    }
  };

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label={t('auth.title')}>
      <Stack gap="md">
        {error && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            role="alert"
            title={t('auth.errorTitle')}
          >
            {error}
          </Alert>
        )}
        <TextInput
          label={t('auth.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="username"
          required
          withAsterisk={false}
          autoFocus
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={loading} mt="xs">
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
