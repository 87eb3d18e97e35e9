import type { CompanyAddressFieldsFragment, CompanyCheckoutDefaultsFieldsFragment } from '@branchline/graphql-types';
import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useExpressCheckoutChoices } from '../hooks/useExpressCheckoutChoices';
import { useUpdateCheckoutDefaults } from '../hooks/useUpdateCheckoutDefaults';

const FORM_FIELDS = ['billingAddressId', 'shippingAddressId', 'shippingMethodId', 'paymentMethodId', 'costCenterId'];

export interface ExpressCheckoutFormProps {
  defaults: CompanyCheckoutDefaultsFieldsFragment;
  onCancel: () => void;
  onSaved: () => void;
}

function addressLabel(address: CompanyAddressFieldsFragment): string {
  const place = `${address.street}, ${address.postalCode} ${address.city}`;
  return address.label ? `${address.label} – ${place}` : `${address.companyName} – ${place}`;
}

export function ExpressCheckoutForm({ defaults, onCancel, onSaved }: ExpressCheckoutFormProps) {
  const { t } = useTranslation();
  const choices = useExpressCheckoutChoices(false);
  const { updateCheckoutDefaults, loading } = useUpdateCheckoutDefaults();
  const [billingAddressId, setBillingAddressId] = useState<string | null>(defaults.billingAddress?.id ?? null);
  const [shippingAddressId, setShippingAddressId] = useState<string | null>(defaults.shippingAddress?.id ?? null);
  const [shippingMethodId, setShippingMethodId] = useState<string | null>(defaults.shippingMethod?.id ?? null);
  const [paymentMethodId, setPaymentMethodId] = useState<string | null>(defaults.paymentMethod?.id ?? null);
  const [costCenterId, setCostCenterId] = useState<string | null>(defaults.costCenter?.id ?? null);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);

  if (choices.loading) return <CenteredLoader label={t('app.loading')} />;
  if (choices.error) return <ErrorNotice title={t('company.express.loadError')} message={choices.error.message} />;

  const billingOptions = choices.addresses
    .filter((a) => a.isBilling)
    .map((a) => ({ value: a.id, label: addressLabel(a) }));
  const shippingOptions = choices.addresses
    .filter((a) => a.isShipping)
    .map((a) => ({ value: a.id, label: addressLabel(a) }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // Every choice is sent: null clears it, so the address falls back to the default-flagged one.
      const userErrors = await updateCheckoutDefaults({
        billingAddressId,
        shippingAddressId,
        shippingMethodId,
        paymentMethodId,
        costCenterId,
      });
      setErrors(userErrors);
      if (userErrors.length === 0) onSaved();
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Select
            label={t('company.express.billingAddress')}
            clearButtonProps={{
              'aria-label': t('company.express.clear', { field: t('company.express.billingAddress') }),
              'aria-hidden': false,
            }}
            placeholder={t('company.express.useDefaultAddress')}
            data={billingOptions}
            value={billingAddressId}
            onChange={setBillingAddressId}
            clearable
            error={fieldErrorFor(errors, 'billingAddressId')}
          />
          <Select
            label={t('company.express.shippingAddress')}
            clearButtonProps={{
              'aria-label': t('company.express.clear', { field: t('company.express.shippingAddress') }),
              'aria-hidden': false,
            }}
            placeholder={t('company.express.useDefaultAddress')}
            data={shippingOptions}
            value={shippingAddressId}
            onChange={setShippingAddressId}
            clearable
            error={fieldErrorFor(errors, 'shippingAddressId')}
          />
          <Select
            label={t('company.express.shippingMethod')}
            clearButtonProps={{
              'aria-label': t('company.express.clear', { field: t('company.express.shippingMethod') }),
              'aria-hidden': false,
            }}
            placeholder={t('company.express.choose')}
            data={choices.shippingMethods.map((method) => ({ value: method.id, label: method.name }))}
            value={shippingMethodId}
            onChange={setShippingMethodId}
            clearable
            error={fieldErrorFor(errors, 'shippingMethodId')}
          />
          <Select
            label={t('company.express.paymentMethod')}
            clearButtonProps={{
              'aria-label': t('company.express.clear', { field: t('company.express.paymentMethod') }),
              'aria-hidden': false,
            }}
            placeholder={t('company.express.choose')}
            data={choices.paymentMethods.map((method) => ({ value: method.id, label: method.name }))}
            value={paymentMethodId}
            onChange={setPaymentMethodId}
            clearable
            error={fieldErrorFor(errors, 'paymentMethodId')}
          />
          <Select
            label={t('company.express.costCenter')}
            clearButtonProps={{
              'aria-label': t('company.express.clear', { field: t('company.express.costCenter') }),
              'aria-hidden': false,
            }}
            placeholder={t('company.express.noCostCenter')}
            data={choices.costCenters.map((center) => ({ value: center.id, label: `${center.code} – ${center.name}` }))}
            value={costCenterId}
            onChange={setCostCenterId}
            clearable
            error={fieldErrorFor(errors, 'costCenterId')}
          />
        </SimpleGrid>
        <UserErrorAlert title={t('company.express.saveFailed')} errors={unplacedErrors(errors, FORM_FIELDS)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
