import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeleteProductNumberTarget } from '../components/DeleteProductNumberModal';
import { DeleteProductNumberModal } from '../components/DeleteProductNumberModal';
import type { ProductNumberFormTarget } from '../components/ProductNumberFormModal';
import { ProductNumberFormModal } from '../components/ProductNumberFormModal';

// The add/edit and delete dialogs for own product numbers, with their success notices; the list page and the
// product page both open them. Render `dialogs` once in the component.
export function useProductNumberDialogs() {
  const { t } = useTranslation();
  const [formTarget, setFormTarget] = useState<ProductNumberFormTarget | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<DeleteProductNumberTarget | null>(null);

  const handleSaved = (number: string) => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('productNumbers.saved', { number }) });
  };

  const handleDeleted = (number: string) => {
    setDeleteTarget(null);
    notifications.show({ color: 'teal', message: t('productNumbers.deleted', { number }) });
  };

  const dialogs = (
    <>
      <ProductNumberFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
      <DeleteProductNumberModal target={deleteTarget} onClose={() => setDeleteTarget(null)} onDeleted={handleDeleted} />
    </>
  );

  return { openForm: setFormTarget, openDelete: setDeleteTarget, dialogs };
}
