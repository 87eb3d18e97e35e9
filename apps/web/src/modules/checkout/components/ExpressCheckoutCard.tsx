import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBolt } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import type { UserErrorItem } from '../../../lib/user-errors';
import { AddressBlock } from '../../../ui/AddressBlock';
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

interface DefaultFactProps {
  label: string;
  children: ReactNode;
}

function DefaultFact({ label, children }: DefaultFactProps) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
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
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} fz="lg">
              {t('checkout.express.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('checkout.express.description')}
            </Text>
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DefaultFact label={t('checkout.billingAddress')}>
            {defaults.billingAddress ? <AddressBlock address={defaults.billingAddress} /> : none}
          </DefaultFact>
          <DefaultFact label={t('checkout.shippingAddress')}>
            {defaults.shippingAddress ? <AddressBlock address={defaults.shippingAddress} /> : none}
          </DefaultFact>
          <DefaultFact label={t('checkout.costCenter')}>
            {defaults.costCenter ? `${defaults.costCenter.code} · ${defaults.costCenter.name}` : none}
          </DefaultFact>
          <DefaultFact label={t('checkout.shippingMethod')}>
            {defaults.shippingMethod
              ? `${defaults.shippingMethod.name} (${t('checkout.shippingPrice', { price: format.money(defaults.shippingMethod.price) })})`
              : none}
          </DefaultFact>
          <DefaultFact label={t('checkout.paymentMethod')}>{defaults.paymentMethod?.name ?? none}</DefaultFact>
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
