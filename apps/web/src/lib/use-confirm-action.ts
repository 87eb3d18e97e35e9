import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserErrorItem } from './user-errors';

// A destructive action on one row (delete, unlink), asked for first: `request` opens the dialog for a row,
// `confirm` runs the action; the API's refusal stays in the dialog, success closes it and calls onDone.
export function useConfirmAction<T>(
  run: (target: T) => Promise<readonly UserErrorItem[]>,
  onDone: (target: T) => void,
) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<T | null>(null);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const request = (next: T) => {
    setErrors([]);
    setTarget(next);
  };

  const close = () => setTarget(null);

  const confirm = async () => {
    if (target === null) return;
    try {
      const userErrors = await run(target);
      setErrors([...userErrors]);
      if (userErrors.length > 0) return;
      onDone(target);
      setTarget(null);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return { target, errors, request, confirm, close };
}
