import type { CompanyAddressFieldsFragment } from '@branchline/graphql-types';
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { requiredErrors } from '../../../lib/required-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useFormat } from '../../../lib/use-format';
import { fieldErrorFor, unplacedErrors } from '../../../lib/user-errors';
import { FormModal } from '../../../ui/FormModal';
import { SaveForm } from '../../../ui/SaveForm';
import { useCreateAddress } from '../hooks/useCreateAddress';
import { useUpdateAddress } from '../hooks/useUpdateAddress';

// The distributor delivers within Europe; the list covers its markets.
const COUNTRY_CODES = ['DE', 'AT', 'CH', 'NL', 'BE', 'LU', 'FR', 'IT', 'ES', 'PL', 'CZ', 'DK', 'SE', 'GB', 'IE', 'US'];
const FORM_FIELDS = [
  'label',
  'companyName',
  'contactName',
  'street',
  'postalCode',
  'city',
  'countryCode',
  'isBilling',
  'isShipping',
];

export type AddressFormTarget = { mode: 'create' } | { mode: 'edit'; address: CompanyAddressFieldsFragment };

export interface AddressFormModalProps {
  target: AddressFormTarget | null;
  onClose: () => void;
  onSaved: () => void;
}

type AddressFormProps = Omit<AddressFormModalProps, 'target'> & { target: AddressFormTarget };

function AddressForm({ target, onClose, onSaved }: AddressFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const existing = target.mode === 'edit' ? target.address : null;
  const [label, setLabel] = useState(existing?.label ?? '');
  const [companyName, setCompanyName] = useState(existing?.companyName ?? '');
  const [contactName, setContactName] = useState(existing?.contactName ?? '');
  const [street, setStreet] = useState(existing?.street ?? '');
  const [postalCode, setPostalCode] = useState(existing?.postalCode ?? '');
  const [city, setCity] = useState(existing?.city ?? '');
  const [countryCode, setCountryCode] = useState<string | null>(existing?.countryCode ?? 'DE');
  const [isBilling, setIsBilling] = useState(existing?.isBilling ?? true);
  const [isShipping, setIsShipping] = useState(existing?.isShipping ?? true);
  const [isDefaultBilling, setIsDefaultBilling] = useState(existing?.isDefaultBilling ?? false);
  const [isDefaultShipping, setIsDefaultShipping] = useState(existing?.isDefaultShipping ?? false);
  const { createAddress, loading: creating } = useCreateAddress();
  const { updateAddress, loading: updating } = useUpdateAddress();

  const countryOptions = useMemo(() => {
    const codes =
      existing && !COUNTRY_CODES.includes(existing.countryCode)
        ? [...COUNTRY_CODES, existing.countryCode]
        : COUNTRY_CODES;
    return codes
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [existing, format]);

  const input = {
    label: label.trim() || null,
    companyName: companyName.trim(),
    contactName: contactName.trim() || null,
    street: street.trim(),
    postalCode: postalCode.trim(),
    city: city.trim(),
    countryCode: countryCode ?? 'DE',
    isBilling,
    isShipping,
    // A default must also be usable for its purpose.
    isDefaultBilling: isBilling && isDefaultBilling,
    isDefaultShipping: isShipping && isDefaultShipping,
  };
  const { errors, onSubmit } = useFormSubmit({
    check: () => {
      const local = requiredErrors({ companyName, street, postalCode, city, countryCode }, t('company.required'));
      if (!isBilling && !isShipping) {
        local.push({
          code: 'USAGE_REQUIRED',
          field: ['input', 'isBilling'],
          message: t('company.addresses.usageRequired'),
        });
      }
      return local;
    },
    save: () => (existing ? updateAddress({ id: existing.id, ...input }) : createAddress(input)),
    onSaved,
  });

  return (
    <SaveForm
      onSubmit={onSubmit}
      errors={unplacedErrors(errors, FORM_FIELDS)}
      errorTitle={t('company.addresses.saveFailed')}
      submitting={creating || updating}
      onCancel={onClose}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('company.addresses.label')}
          description={t('company.addresses.labelHint')}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'label')}
          data-autofocus
        />
        <TextInput
          label={t('company.addresses.companyName')}
          value={companyName}
          onChange={(event) => setCompanyName(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'companyName')}
          required
        />
        <TextInput
          label={t('company.addresses.contactName')}
          value={contactName}
          onChange={(event) => setContactName(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'contactName')}
        />
        <TextInput
          label={t('company.addresses.street')}
          value={street}
          onChange={(event) => setStreet(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'street')}
          required
        />
        <TextInput
          label={t('company.addresses.postalCode')}
          value={postalCode}
          onChange={(event) => setPostalCode(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'postalCode')}
          required
        />
        <TextInput
          label={t('company.addresses.city')}
          value={city}
          onChange={(event) => setCity(event.currentTarget.value)}
          error={fieldErrorFor(errors, 'city')}
          required
        />
        <Select
          label={t('company.addresses.country')}
          data={countryOptions}
          value={countryCode}
          onChange={setCountryCode}
          searchable
          allowDeselect={false}
          error={fieldErrorFor(errors, 'countryCode')}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Checkbox
          label={t('company.addresses.isBilling')}
          checked={isBilling}
          onChange={(event) => setIsBilling(event.currentTarget.checked)}
          error={fieldErrorFor(errors, 'isBilling')}
        />
        <Checkbox
          label={t('company.addresses.isShipping')}
          checked={isShipping}
          onChange={(event) => setIsShipping(event.currentTarget.checked)}
          error={fieldErrorFor(errors, 'isShipping')}
        />
        <Checkbox
          label={t('company.addresses.isDefaultBilling')}
          checked={isBilling && isDefaultBilling}
          disabled={!isBilling}
          onChange={(event) => setIsDefaultBilling(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('company.addresses.isDefaultShipping')}
          checked={isShipping && isDefaultShipping}
          disabled={!isShipping}
          onChange={(event) => setIsDefaultShipping(event.currentTarget.checked)}
        />
      </SimpleGrid>
    </SaveForm>
  );
}

export function AddressFormModal({ target, onClose, onSaved }: AddressFormModalProps) {
  const { t } = useTranslation();
  const titles = { create: t('company.addresses.createTitle'), edit: t('company.addresses.editTitle') };
  return (
    <FormModal target={target} titles={titles} size="xl" onClose={onClose}>
      {(shown) => <AddressForm target={shown} onClose={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}
