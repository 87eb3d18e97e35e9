import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserErrorItem } from '../../../lib/user-errors';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useDeleteCustomerProductNumber } from '../hooks/useDeleteCustomerProductNumber';

export interface DeleteProductNumberTarget {
  id: string;
  number: string;
  productName: string;
}

export interface DeleteProductNumberModalProps {
  target: DeleteProductNumberTarget | null;
  onClose: () => void;
  onDeleted: (number: string) => void;
}

interface DeleteProductNumberConfirmProps {
  target: DeleteProductNumberTarget;
  onClose: () => void;
  onDeleted: (number: string) => void;
}

function DeleteProductNumberConfirm({ target, onClose, onDeleted }: DeleteProductNumberConfirmProps) {
  const { t } = useTranslation();
  const { remove, loading } = useDeleteCustomerProductNumber();
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const handleConfirm = async () => {
    try {
      const userErrors = await remove(target.id);
      setErrors(userErrors);
      if (userErrors.length === 0) onDeleted(target.number);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('productNumbers.deleteConfirm', { number: target.number, product: target.productName })}</Text>
      <UserErrorAlert title={t('productNumbers.deleteFailed')} errors={errors} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => void handleConfirm()} loading={loading} data-autofocus>
          {t('productNumbers.delete')}
        </Button>
      </Group>
    </Stack>
  );
}

export function DeleteProductNumberModal({ target, onClose, onDeleted }: DeleteProductNumberModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('productNumbers.deleteTitle')}>
      {target && <DeleteProductNumberConfirm key={target.id} target={target} onClose={onClose} onDeleted={onDeleted} />}
    </Modal>
  );
}
