import type { CompanyAddressFieldsFragment, CompanyCheckoutDefaultsFieldsFragment } from '@branchline/graphql-types';
import type { SelectProps } from '@mantine/core';
import { Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormSubmit } from '../../../lib/use-form-submit';
import { fieldErrorFor, unplacedErrors } from '../../../lib/user-errors';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SaveForm } from '../../../ui/SaveForm';
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

type ChoiceSelectProps = SelectProps & { label: string };

// A choice that may stay empty; its clear button is named after the field ("Clear Shipping address").
function ChoiceSelect({ label, ...props }: ChoiceSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      clearButtonProps={{ 'aria-label': t('company.express.clear', { field: label }), 'aria-hidden': false }}
      clearable
      {...props}
    />
  );
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
  const { errors, onSubmit } = useFormSubmit({
    // Every choice is sent: null clears it, so the address falls back to the default-flagged one.
    save: () =>
      updateCheckoutDefaults({ billingAddressId, shippingAddressId, shippingMethodId, paymentMethodId, costCenterId }),
    onSaved,
  });

  if (choices.loading) return <CenteredLoader label={t('app.loading')} />;
  if (choices.error) return <ErrorNotice title={t('company.express.loadError')} message={choices.error.message} />;

  const billingOptions = choices.addresses
    .filter((a) => a.isBilling)
    .map((a) => ({ value: a.id, label: addressLabel(a) }));
  const shippingOptions = choices.addresses
    .filter((a) => a.isShipping)
    .map((a) => ({ value: a.id, label: addressLabel(a) }));

  return (
    <SaveForm
      onSubmit={onSubmit}
      errors={unplacedErrors(errors, FORM_FIELDS)}
      errorTitle={t('company.express.saveFailed')}
      submitting={loading}
      onCancel={onCancel}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChoiceSelect
          label={t('company.express.billingAddress')}
          placeholder={t('company.express.useDefaultAddress')}
          data={billingOptions}
          value={billingAddressId}
          onChange={setBillingAddressId}
          error={fieldErrorFor(errors, 'billingAddressId')}
        />
        <ChoiceSelect
          label={t('company.express.shippingAddress')}
          placeholder={t('company.express.useDefaultAddress')}
          data={shippingOptions}
          value={shippingAddressId}
          onChange={setShippingAddressId}
          error={fieldErrorFor(errors, 'shippingAddressId')}
        />
        <ChoiceSelect
          label={t('company.express.shippingMethod')}
          placeholder={t('company.express.choose')}
          data={choices.shippingMethods.map((method) => ({ value: method.id, label: method.name }))}
          value={shippingMethodId}
          onChange={setShippingMethodId}
          error={fieldErrorFor(errors, 'shippingMethodId')}
        />
        <ChoiceSelect
          label={t('company.express.paymentMethod')}
          placeholder={t('company.express.choose')}
          data={choices.paymentMethods.map((method) => ({ value: method.id, label: method.name }))}
          value={paymentMethodId}
          onChange={setPaymentMethodId}
          error={fieldErrorFor(errors, 'paymentMethodId')}
        />
        <ChoiceSelect
          label={t('company.express.costCenter')}
          placeholder={t('company.express.noCostCenter')}
          data={choices.costCenters.map((center) => ({ value: center.id, label: `${center.code} – ${center.name}` }))}
          value={costCenterId}
          onChange={setCostCenterId}
          error={fieldErrorFor(errors, 'costCenterId')}
        />
      </SimpleGrid>
    </SaveForm>
  );
}
