import { Alert, Button, List, Stack, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconShoppingCartPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import type { UserErrorItem } from '../../../lib/user-errors';
import { useAddToCart } from '../hooks/useAddToCart';

export interface AddToCartButtonProps {
  productId: string;
  productName: string;
  quantity: number;
  canOrder: boolean;
}

// Quantity rules (minimum, pack size, availability) are the API's; its messages are shown as they come.
export function AddToCartButton({ productId, productName, quantity, canOrder }: AddToCartButtonProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { addToCart, loading } = useAddToCart();
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  const handleAdd = async () => {
    setErrors([]);
    try {
      const result = await addToCart(productId, quantity);
      if (result.ok) {
        notifications.show({
          color: 'teal',
          message: t('productDetail.addedToCart', { quantity: format.number(quantity), name: productName }),
        });
      } else {
        setErrors(
          result.userErrors.length > 0
            ? result.userErrors
            : [{ code: 'FAILED', message: t('productDetail.addToCartFailed') }],
        );
      }
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  if (!canOrder) {
    return (
      <Tooltip label={t('productDetail.cannotOrder')} withArrow>
        <span style={{ display: 'inline-block', width: 'fit-content' }} tabIndex={0}>
          <Button leftSection={<IconShoppingCartPlus size={18} />} disabled style={{ pointerEvents: 'none' }}>
            {t('productDetail.addToCart')}
          </Button>
        </span>
      </Tooltip>
    );
  }

  return (
    <Stack gap="sm">
      <Button
        leftSection={<IconShoppingCartPlus size={18} />}
        onClick={() => void handleAdd()}
        loading={loading}
        w="fit-content"
      >
        {t('productDetail.addToCart')}
      </Button>
      {errors.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('productDetail.addToCartFailed')}
          role="alert"
        >
          {errors.length === 1 ? (
            errors[0]?.message
          ) : (
            <List size="sm">
              {errors.map((error) => (
                <List.Item key={`${error.code}-${error.message}`}>{error.message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
