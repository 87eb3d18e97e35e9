import { LIMITS } from '@branchline/graphql-types';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import type { UserErrorItem } from '../../../lib/user-errors';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { CartTotals } from '../../cart/components/CartTotals';
import type { CartData } from '../../cart/model/cart-types';
import { useCheckoutAttemptKey } from '../hooks/useCheckoutAttemptKey';
import { useSubmitOrder } from '../hooks/useSubmitOrder';
import type { CheckoutFormValues } from '../model/checkout-form';
import { checkoutFieldErrors, initialCheckoutValues, toSubmitOrderInput } from '../model/checkout-form';
import type { CheckoutOptions } from '../model/checkout-options';
import { AddressChoice } from './AddressChoice';
import { CheckoutLinesTable } from './CheckoutLinesTable';

export interface CheckoutFormProps {
  cart: CartData;
  options: CheckoutOptions;
  onPlaced: (order: { id: string; number: string; replayed: boolean }) => void;
}

export function CheckoutForm({ cart, options, onPlaced }: CheckoutFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm<CheckoutFormValues>({ initialValues: initialCheckoutValues(options, cart) });
  const { keyFor, release } = useCheckoutAttemptKey();
  const { submitOrder, loading } = useSubmitOrder();
  const [otherErrors, setOtherErrors] = useState<UserErrorItem[]>([]);
  const [networkFailed, setNetworkFailed] = useState(false);

  const billingBook = options.billingAddresses.edges.map((edge) => edge.node);
  const shippingBook = options.shippingAddresses.edges.map((edge) => edge.node);
  const costCenters = options.costCenters.edges.map((edge) => edge.node);
  const chosenShipping = options.shippingMethods.find((method) => method.id === form.values.shippingMethodId);

  const handleSubmit = async (values: CheckoutFormValues) => {
    // Taken synchronously before anything awaits: a second click or a retry sends this same key.
    const idempotencyKey = keyFor(cart);
    setOtherErrors([]);
    setNetworkFailed(false);
    form.clearErrors();
    try {
      const result = await submitOrder(toSubmitOrderInput(values, cart, idempotencyKey));
      if (result.ok) {
        release();
        onPlaced({ id: result.orderId, number: result.orderNumber, replayed: result.replayed });
        return;
      }
      const { fieldErrors, otherErrors: rest } = checkoutFieldErrors(result.userErrors, cart);
      form.setErrors(fieldErrors);
      setOtherErrors(
        rest.length > 0 || Object.keys(fieldErrors).length > 0
          ? rest
          : [{ code: 'FAILED', field: null, message: t('checkout.failed') }],
      );
    } catch {
      // The order may or may not exist now; the retry carries the same key, so it cannot be placed twice.
      setNetworkFailed(true);
    }
  };

  const hasFieldErrors = Object.keys(form.errors).length > 0;

  return (
    <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate>
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Card>
              <Title order={2} fz="lg" mb="md">
                {t('checkout.addresses')}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
                <Stack gap="xs">
                  <Text fw={600}>{t('checkout.billingAddress')}</Text>
                  <AddressChoice
                    form={form}
                    name="billing"
                    label={t('checkout.billingAddress')}
                    addresses={billingBook}
                  />
                </Stack>
                <Stack gap="xs">
                  <Text fw={600}>{t('checkout.shippingAddress')}</Text>
                  <Checkbox
                    label={t('checkout.sameAsBilling')}
                    {...form.getInputProps('shippingSameAsBilling', { type: 'checkbox' })}
                  />
                  {!form.values.shippingSameAsBilling && (
                    <AddressChoice
                      form={form}
                      name="shipping"
                      label={t('checkout.shippingAddress')}
                      addresses={shippingBook}
                    />
                  )}
                </Stack>
              </SimpleGrid>
            </Card>

            <Card>
              <Title order={2} fz="lg" mb="md">
                {t('checkout.orderDetails')}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <Select
                  label={t('checkout.costCenter')}
                  placeholder={t('checkout.noCostCenter')}
                  data={costCenters.map((center) => ({ value: center.id, label: `${center.code} · ${center.name}` }))}
                  clearable
                  searchable
                  {...form.getInputProps('costCenterId')}
                />
                <TextInput
                  label={t('checkout.purchaseOrderNumber')}
                  description={t('checkout.purchaseOrderHint')}
                  maxLength={LIMITS.purchaseOrderNumber.maxLength}
                  {...form.getInputProps('purchaseOrderNumber')}
                />
              </SimpleGrid>
              <Textarea
                mt="md"
                label={t('checkout.note')}
                placeholder={t('checkout.notePlaceholder')}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={LIMITS.orderNote.maxLength}
                {...form.getInputProps('note')}
              />
            </Card>

            <Card>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
                <Radio.Group label={t('checkout.shippingMethod')} {...form.getInputProps('shippingMethodId')}>
                  <Stack gap="xs" mt="xs">
                    {options.shippingMethods.map((method) => (
                      <Radio
                        key={method.id}
                        value={method.id}
                        label={
                          <Group gap="xs">
                            <span>{method.name}</span>
                            <Text span size="sm" c="dimmed">
                              {t('checkout.shippingPrice', { price: format.money(method.price) })}
                            </Text>
                          </Group>
                        }
                      />
                    ))}
                  </Stack>
                </Radio.Group>
                <Radio.Group label={t('checkout.paymentMethod')} {...form.getInputProps('paymentMethodId')}>
                  <Stack gap="xs" mt="xs">
                    {options.paymentMethods.map((method) => (
                      <Radio key={method.id} value={method.id} label={method.name} />
                    ))}
                  </Stack>
                </Radio.Group>
              </SimpleGrid>
            </Card>

            <Card>
              <Group justify="space-between" mb="sm">
                <Title order={2} fz="lg">
                  {t('checkout.items', { count: cart.lineCount })}
                </Title>
                <Anchor component={Link} to={paths.cart} size="sm">
                  {t('checkout.editCart')}
                </Anchor>
              </Group>
              <CheckoutLinesTable cart={cart} form={form} />
            </Card>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 4 }} style={{ position: 'sticky', top: 80 }}>
          <Card>
            <Stack gap="md">
              <Title order={2} fz="lg">
                {t('checkout.summary')}
              </Title>
              <CartTotals
                netTotal={cart.netTotal}
                taxTotal={cart.taxTotal}
                grossTotal={cart.grossTotal}
                extra={
                  chosenShipping && (
                    <Text size="xs" c="dimmed">
                      {t('checkout.shippingNotice', {
                        method: chosenShipping.name,
                        price: format.money(chosenShipping.price),
                      })}
                    </Text>
                  )
                }
              />
              {networkFailed && (
                <Alert
                  color="orange"
                  variant="light"
                  icon={<IconAlertTriangle size={18} />}
                  title={t('checkout.networkTitle')}
                  role="alert"
                >
                  {t('checkout.networkText')}
                </Alert>
              )}
              {hasFieldErrors && otherErrors.length === 0 && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
                  {t('checkout.fixFields')}
                </Alert>
              )}
              <UserErrorAlert title={t('checkout.failed')} errors={otherErrors} />
              {!cart.checkoutReady && (
                <Text size="sm" c="red.8">
                  {t('checkout.cartNotReady')}
                </Text>
              )}
              <Button
                type="submit"
                size="md"
                fullWidth
                leftSection={<IconLock size={18} />}
                loading={loading}
                disabled={!cart.checkoutReady}
              >
                {networkFailed ? t('checkout.retry') : t('checkout.placeOrder')}
              </Button>
              <Text size="xs" c="dimmed" ta="center">
                {t('checkout.bindingNotice')}
              </Text>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </form>
  );
}
