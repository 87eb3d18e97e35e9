import { Alert, Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBolt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import type { UserErrorItem } from '../../../lib/user-errors';
import { AddressBlock } from '../../../ui/AddressBlock';
import { Fact } from '../../../ui/Fact';
import { SectionHeading } from '../../../ui/SectionHeading';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import type { CartData } from '../../cart/model/cart-types';
import { useCheckoutAttemptKey } from '../hooks/useCheckoutAttemptKey';
import { useExpressCheckout } from '../hooks/useExpressCheckout';
import type { CheckoutDefaultsData } from '../model/checkout-options';

export interface ExpressCheckoutCardProps {
  cart: CartData;
  defaults: CheckoutDefaultsData;
  onPlaced: (order: { id: string; number: string; replayed: boolean }) => void;
}

// One click with the company's stored defaults, which are spelled out so nobody orders blind.
export function ExpressCheckoutCard({ cart, defaults, onPlaced }: ExpressCheckoutCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { keyFor, release } = useCheckoutAttemptKey();
  const { expressCheckout, loading } = useExpressCheckout();
  const [errors, setErrors] = useState<UserErrorItem[]>([]);
  const none = (
    <Text span size="sm" c="dimmed">
      {t('checkout.notSet')}
    </Text>
  );

  const handleExpress = async () => {
    const idempotencyKey = keyFor(cart);
    setErrors([]);
    try {
      const result = await expressCheckout(idempotencyKey);
      if (result.ok) {
        release();
        onPlaced({ id: result.orderId, number: result.orderNumber, replayed: result.replayed });
      } else {
        setErrors(
          result.userErrors.length > 0
            ? result.userErrors
            : [{ code: 'FAILED', field: null, message: t('checkout.failed') }],
        );
      }
    } catch {
      setErrors([{ code: 'NETWORK', field: null, message: t('checkout.networkText') }]);
    }
  };

  return (
    <Card data-testid="express-checkout">
      <Stack gap="md">
        <SectionHeading title={t('checkout.express.title')} description={t('checkout.express.description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Fact label={t('checkout.billingAddress')}>
            {defaults.billingAddress ? <AddressBlock address={defaults.billingAddress} /> : none}
          </Fact>
          <Fact label={t('checkout.shippingAddress')}>
            {defaults.shippingAddress ? <AddressBlock address={defaults.shippingAddress} /> : none}
          </Fact>
          <Fact label={t('checkout.costCenter')}>
            {defaults.costCenter ? `${defaults.costCenter.code} · ${defaults.costCenter.name}` : none}
          </Fact>
          <Fact label={t('checkout.shippingMethod')}>
            {defaults.shippingMethod
              ? `${defaults.shippingMethod.name} (${t('checkout.shippingPrice', { price: format.money(defaults.shippingMethod.price) })})`
              : none}
          </Fact>
          <Fact label={t('checkout.paymentMethod')}>{defaults.paymentMethod?.name ?? none}</Fact>
        </SimpleGrid>
        {!defaults.expressCheckoutReady && (
          <Alert color="gray" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('checkout.express.notReady')}
          </Alert>
        )}
        <UserErrorAlert title={t('checkout.failed')} errors={errors} />
        <Button
          variant="light"
          leftSection={<IconBolt size={18} />}
          onClick={() => void handleExpress()}
          loading={loading}
          disabled={!defaults.expressCheckoutReady || !cart.checkoutReady}
          w="fit-content"
        >
          {t('checkout.express.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
