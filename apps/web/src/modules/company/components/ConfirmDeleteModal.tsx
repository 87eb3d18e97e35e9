import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { useConfirmAction } from '../../../lib/use-confirm-action';
import { ConfirmModal } from '../../../ui/ConfirmModal';

export interface ConfirmDeleteModalProps<T> {
  deletion: ReturnType<typeof useConfirmAction<T>>;
  loading: boolean;
  title: string;
  text: ReactNode;
  // Title of the API's refusal, shown in the dialog.
  errorTitle: string;
}

// "Delete …?" for one row of a company list: open while deletion has a target, Delete runs it.
export function ConfirmDeleteModal<T>({ deletion, loading, title, text, errorTitle }: ConfirmDeleteModalProps<T>) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={deletion.target !== null}
      title={title}
      text={text}
      confirmLabel={t('company.delete')}
      cancelLabel={t('common.cancel')}
      loading={loading}
      errors={deletion.errors}
      errorTitle={errorTitle}
      onConfirm={() => void deletion.confirm()}
      onClose={deletion.close}
    />
  );
}
