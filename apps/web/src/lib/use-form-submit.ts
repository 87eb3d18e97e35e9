import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserErrorItem } from './user-errors';

export interface FormSubmitOptions {
  // The form's own checks, run first; any error they find stops the save.
  check?: () => UserErrorItem[];
  // Sends the form and answers the API's user errors; none means saved.
  save: () => Promise<readonly UserErrorItem[]>;
  onSaved: () => void;
}

export interface FormSubmit {
  // What the form shows: its own checks' errors, the API's, or a network failure.
  errors: UserErrorItem[];
  onSubmit: (event: FormEvent) => void;
}

// The submit of a save form: own checks, then the save; whatever goes wrong stays in the form as errors.
export function useFormSubmit({ check, save, onSaved }: FormSubmitOptions): FormSubmit {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const submit = async () => {
    const local = check?.() ?? [];
    if (local.length > 0) {
      setErrors(local);
      return;
    }
    try {
      const userErrors = await save();
      setErrors([...userErrors]);
      if (userErrors.length === 0) onSaved();
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return { errors, onSubmit };
}
