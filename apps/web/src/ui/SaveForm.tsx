import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserErrorItem } from '../lib/user-errors';
import { FormActions } from './FormActions';
import { UserErrorAlert } from './UserErrorAlert';

export interface SaveFormProps {
  onSubmit: (event: FormEvent) => void;
  // The errors no field of the form shows, under this title above the buttons.
  errors: UserErrorItem[];
  errorTitle: string;
  submitting: boolean;
  onCancel: () => void;
  // The fields.
  children: ReactNode;
}

// A form that saves: its fields, then the errors no field shows, then Cancel and Save (the words every such
// form uses). The browser's own validation is off: the form checks and shows errors itself.
export function SaveForm({ onSubmit, errors, errorTitle, submitting, onCancel, children }: SaveFormProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {children}
        <UserErrorAlert title={errorTitle} errors={errors} />
        <FormActions
          cancelLabel={t('common.cancel')}
          submitLabel={t('common.save')}
          submitting={submitting}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
