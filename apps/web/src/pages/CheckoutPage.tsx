import { Anchor, Button, Group } from '@mantine/core';
import { IconArrowLeft, IconPackage, IconShoppingCartOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '../lib/paths';
import { useCart } from '../modules/cart/hooks/useCart';
import { CheckoutForm } from '../modules/checkout/components/CheckoutForm';
import { useCheckoutOptions } from '../modules/checkout/hooks/useCheckoutOptions';
import type { PlacedOrderState } from '../modules/checkout/model/placed-order';
import { cartFingerprint } from '../modules/checkout/utils/cart-fingerprint';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { StatusPage } from '../ui/StatusPage';

export function CheckoutPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { cart, loading: cartLoading, error: cartError, refetch: refetchCart } = useCart({ fresh: true });
  const { options, loading: optionsLoading, error: optionsError, refetch: refetchOptions } = useCheckoutOptions();

  const handlePlaced = (order: { id: string; number: string; replayed: boolean }) => {
    const state: PlacedOrderState = { placedOrder: { number: order.number, replayed: order.replayed } };
    void navigate(paths.order(order.id), { state, replace: true });
  };

  const backLink = (
    <Anchor component={Link} to={paths.cart} size="sm" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('checkout.backToCart')}
      </Group>
    </Anchor>
  );

  const error = (cartError && !cart) || (optionsError && !options) ? (cartError ?? optionsError) : undefined;
  if (error) {
    const handleRetry = () => {
      void refetchCart();
      void refetchOptions();
    };
    return (
      <>
        <PageHeader title={t('checkout.title')} above={backLink} />
        <ErrorNotice
          title={t('checkout.loadError')}
          message={error.message}
          retryLabel={t('errors.retry')}
          onRetry={handleRetry}
        />
      </>
    );
  }
  if (cartLoading || optionsLoading || !cart || !options) return <CenteredLoader label={t('app.loading')} />;

  if (cart.lines.length === 0) {
    return (
      <StatusPage
        icon={<IconShoppingCartOff size={32} />}
        color="gray"
        title={t('cart.empty')}
        text={t('checkout.emptyText')}
        action={
          <Button component={Link} to={paths.products} leftSection={<IconPackage size={18} />}>
            {t('cart.toProducts')}
          </Button>
        }
      />
    );
  }

  return (
    <>
      <PageHeader title={t('checkout.title')} description={t('checkout.description')} above={backLink} />
      {/* A changed cart starts the form afresh: its line comments and the attempt key belong to the old one. */}
      <CheckoutForm key={cartFingerprint(cart)} cart={cart} options={options} onPlaced={handlePlaced} />
    </>
  );
}
