import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import type { CartLineData } from '../model/cart-types';

export interface CartProductCellProps {
  line: CartLineData;
}

// Name plus SKU and, where the company has one, its own number: buyers search for either.
export function CartProductCell({ line }: CartProductCellProps) {
  const { t } = useTranslation();
  const ownNumber = line.product?.customerProductNumber;
  return (
    <Stack gap={2}>
      {line.product ? (
        <Anchor component={Link} to={paths.product(line.productId)} size="sm" fw={600}>
          {line.name}
        </Anchor>
      ) : (
        <Text size="sm" fw={600}>
          {line.name}
        </Text>
      )}
      <Group gap="xs">
        <Text size="xs" c="dimmed" ff="monospace">
          {t('catalog.skuShort')} {line.sku}
        </Text>
        {ownNumber && (
          <Text size="xs" c="dimmed" ff="monospace">
            {t('catalog.ownNumberShort')} {ownNumber}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
