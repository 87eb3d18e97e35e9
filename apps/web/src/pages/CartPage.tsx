import { Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconBolt, IconPackage, IconShoppingCartOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '../lib/paths';
import { CartLinesTable } from '../modules/cart/components/CartLinesTable';
import { CartTotals } from '../modules/cart/components/CartTotals';
import { ClearCartButton } from '../modules/cart/components/ClearCartButton';
import { useCart } from '../modules/cart/hooks/useCart';
import { ExpressCheckoutCard } from '../modules/checkout/components/ExpressCheckoutCard';
import { useCheckoutOptions } from '../modules/checkout/hooks/useCheckoutOptions';
import type { PlacedOrderState } from '../modules/checkout/model/placed-order';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { StatusPage } from '../ui/StatusPage';

export function CartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { cart, loading, error, refetch } = useCart({ fresh: true });
  const { options } = useCheckoutOptions();

  const handlePlaced = (order: { id: string; number: string; replayed: boolean }) => {
    const state: PlacedOrderState = { placedOrder: { number: order.number, replayed: order.replayed } };
    void navigate(paths.order(order.id), { state });
  };

  if (error && !cart) {
    return (
      <>
        <PageHeader title={t('cart.title')} />
        <ErrorNotice
          title={t('cart.loadError')}
          message={error.message}
          retryLabel={t('errors.retry')}
          onRetry={() => void refetch()}
        />
      </>
    );
  }
  if (loading || !cart) return <CenteredLoader label={t('app.loading')} />;

  if (cart.lines.length === 0) {
    return (
      <>
        <PageHeader title={t('cart.title')} />
        <StatusPage
          icon={<IconShoppingCartOff size={32} />}
          color="gray"
          title={t('cart.empty')}
          text={t('cart.emptyText')}
          action={
            <Group>
              <Button component={Link} to={paths.products} leftSection={<IconPackage size={18} />}>
                {t('cart.toProducts')}
              </Button>
              <Button component={Link} to={paths.fastOrder} variant="default" leftSection={<IconBolt size={18} />}>
                {t('nav.fastOrder')}
              </Button>
            </Group>
          }
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('cart.title')}
        description={t('cart.description', { count: cart.lineCount })}
        actions={<ClearCartButton />}
      />
      <Stack gap="lg">
        <Card>
          <CartLinesTable cart={cart} />
        </Card>
        <Grid gutter="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            {options && <ExpressCheckoutCard cart={cart} defaults={options.checkoutDefaults} onPlaced={handlePlaced} />}
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Card>
              <Stack gap="md">
                <Title order={2} fz="lg">
                  {t('checkout.summary')}
                </Title>
                <CartTotals netTotal={cart.netTotal} taxTotal={cart.taxTotal} grossTotal={cart.grossTotal} />
                <Text size="xs" c="dimmed">
                  {t('cart.shippingLater')}
                </Text>
                {!cart.checkoutReady && (
                  <Text size="sm" c="red.8" role="alert">
                    {t('checkout.cartNotReady')}
                  </Text>
                )}
                <Button
                  component={Link}
                  to={paths.checkout}
                  size="md"
                  fullWidth
                  rightSection={<IconArrowRight size={18} />}
                  disabled={!cart.checkoutReady}
                  onClick={(event) => !cart.checkoutReady && event.preventDefault()}
                >
                  {t('cart.checkout')}
                </Button>
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
