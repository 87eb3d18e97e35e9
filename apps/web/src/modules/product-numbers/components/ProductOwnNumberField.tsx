import { ActionIcon, Button, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProductOwnNumber } from '../hooks/useProductOwnNumber';
import type { DeleteProductNumberTarget } from './DeleteProductNumberModal';
import { DeleteProductNumberModal } from './DeleteProductNumberModal';
import type { ProductNumberFormTarget } from './ProductNumberFormModal';
import { ProductNumberFormModal } from './ProductNumberFormModal';

export interface ProductOwnNumberFieldProps {
  productId: string;
  productLabel: string;
  productName: string;
  canManage: boolean;
}

// The company's own number on the product page: shown to everyone, changed in place by those allowed.
export function ProductOwnNumberField({ productId, productLabel, productName, canManage }: ProductOwnNumberFieldProps) {
  const { t } = useTranslation();
  const { ownNumber, loading } = useProductOwnNumber(productId);
  const [formTarget, setFormTarget] = useState<ProductNumberFormTarget | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<DeleteProductNumberTarget | null>(null);
  const product = { id: productId, label: productLabel };

  const handleSaved = (number: string) => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('productNumbers.saved', { number }) });
  };

  const handleDeleted = (number: string) => {
    setDeleteTarget(null);
    notifications.show({ color: 'teal', message: t('productNumbers.deleted', { number }) });
  };

  return (
    <Stack gap={4} data-testid="own-number">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} style={{ letterSpacing: '0.04em' }}>
        {t('productDetail.ownNumber')}
      </Text>
      {loading ? (
        <Skeleton h={24} w={160} />
      ) : (
        <Group gap="xs">
          {ownNumber ? (
            <Text size="sm" ff="monospace" fw={600} data-testid="own-number-value">
              {ownNumber.number}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('productDetail.noOwnNumber')}
            </Text>
          )}
          {canManage && ownNumber && (
            <>
              <Tooltip label={t('productNumbers.editNumber', { number: ownNumber.number })} withArrow>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('productNumbers.editNumber', { number: ownNumber.number })}
                  onClick={() => setFormTarget({ mode: 'edit', id: ownNumber.id, number: ownNumber.number, product })}
                >
                  <IconPencil size={14} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('productNumbers.deleteNumber', { number: ownNumber.number })} withArrow>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('productNumbers.deleteNumber', { number: ownNumber.number })}
                  onClick={() => setDeleteTarget({ id: ownNumber.id, number: ownNumber.number, productName })}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Tooltip>
            </>
          )}
          {canManage && !ownNumber && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => setFormTarget({ mode: 'create', product })}
            >
              {t('productDetail.addOwnNumber')}
            </Button>
          )}
        </Group>
      )}
      <ProductNumberFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
      <DeleteProductNumberModal target={deleteTarget} onClose={() => setDeleteTarget(null)} onDeleted={handleDeleted} />
    </Stack>
  );
}
