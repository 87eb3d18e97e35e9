import type { CompanyAddressFieldsFragment } from '@branchline/graphql-types';
import { Checkbox, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { useRetained } from '../../../lib/use-retained';
import { fieldErrorFor, unplacedErrors, type UserErrorItem } from '../../../lib/user-errors';
import { FormActions } from '../../../ui/FormActions';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
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

interface AddressFormProps {
  target: AddressFormTarget;
  onClose: () => void;
  onSaved: () => void;
}

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
  const [errors, setErrors] = useState<UserErrorItem[]>([]);
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

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const required: [string, string][] = [
      ['companyName', companyName],
      ['street', street],
      ['postalCode', postalCode],
      ['city', city],
      ['countryCode', countryCode ?? ''],
    ];
    const local: UserErrorItem[] = required
      .filter(([, value]) => !value.trim())
      .map(([field]) => ({ code: 'REQUIRED', field: ['input', field], message: t('company.required') }));
    if (!isBilling && !isShipping) {
      local.push({
        code: 'USAGE_REQUIRED',
        field: ['input', 'isBilling'],
        message: t('company.addresses.usageRequired'),
      });
    }
    if (local.length > 0) {
      setErrors(local);
      return;
    }
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
    try {
      const userErrors = existing ? await updateAddress({ id: existing.id, ...input }) : await createAddress(input);
      setErrors(userErrors);
      if (userErrors.length === 0) onSaved();
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
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
        <UserErrorAlert title={t('company.addresses.saveFailed')} errors={unplacedErrors(errors, FORM_FIELDS)} />
        <FormActions
          cancelLabel={t('common.cancel')}
          submitLabel={t('common.save')}
          submitting={creating || updating}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

export function AddressFormModal({ target, onClose, onSaved }: AddressFormModalProps) {
  const { t } = useTranslation();
  const shown = useRetained(target);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={shown.value?.mode === 'edit' ? t('company.addresses.editTitle') : t('company.addresses.createTitle')}
      size="xl"
    >
      {/* Keyed per opening: each starts from its own values; the last one stays visible while the modal fades out. */}
      {shown.value && <AddressForm key={shown.version} target={shown.value} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}
