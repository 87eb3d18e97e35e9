import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { IconAction } from '../../../ui/IconAction';
import { useProductNumberDialogs } from '../hooks/useProductNumberDialogs';
import { useProductOwnNumber } from '../hooks/useProductOwnNumber';

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
  const { openForm, openDelete, dialogs } = useProductNumberDialogs();
  const product = { id: productId, label: productLabel };

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
              <IconAction
                label={t('productNumbers.editNumber', { number: ownNumber.number })}
                icon={<IconPencil size={14} />}
                size="sm"
                onClick={() => openForm({ mode: 'edit', id: ownNumber.id, number: ownNumber.number, product })}
              />
              <IconAction
                label={t('productNumbers.deleteNumber', { number: ownNumber.number })}
                icon={<IconTrash size={14} />}
                color="red"
                size="sm"
                onClick={() => openDelete({ id: ownNumber.id, number: ownNumber.number, productName })}
              />
            </>
          )}
          {canManage && !ownNumber && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => openForm({ mode: 'create', product })}
            >
              {t('productDetail.addOwnNumber')}
            </Button>
          )}
        </Group>
      )}
      {dialogs}
    </Stack>
  );
}
