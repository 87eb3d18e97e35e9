import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconShoppingCart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import { useCart } from '../hooks/useCart';

// Header cart button with the line count; only rendered for people who may order.
export function CartIndicator() {
  const { t } = useTranslation();
  const format = useFormat();
  const { cart } = useCart();
  const count = cart?.lineCount ?? 0;
  const label = t('cart.indicatorLabel', { count });
  return (
    <Tooltip label={label} withArrow>
      <Indicator
        label={format.number(count)}
        size={18}
        disabled={count === 0}
        offset={4}
        color="orange"
        data-testid="cart-count"
      >
        <ActionIcon component={Link} to={paths.cart} variant="subtle" size="lg" aria-label={label}>
          <IconShoppingCart size={22} stroke={1.7} />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
