import type { CheckoutAddressFieldsFragment } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import { SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { AddressBlock } from '../../../ui/AddressBlock';
import type { AddressMode, CheckoutFormValues } from '../model/checkout-form';

export interface AddressChoiceProps {
  form: UseFormReturnType<CheckoutFormValues>;
  name: 'billing' | 'shipping';
  label: string;
  addresses: CheckoutAddressFieldsFragment[];
}

function addressLabel(address: CheckoutAddressFieldsFragment): string {
  // The full address shows below the select; the option only has to be recognisable.
  return address.label
    ? `${address.label} · ${address.city}`
    : `${address.companyName} · ${address.street}, ${address.city}`;
}

// Pick an entry of the address book or type one in (used for this order only).
export function AddressChoice({ form, name, label, addresses }: AddressChoiceProps) {
  const { t } = useTranslation();
  const choice = form.getValues()[name];
  const selected = addresses.find((address) => address.id === choice.addressId);

  return (
    <Stack gap="sm" role="group" aria-label={label}>
      <SegmentedControl
        value={choice.mode}
        onChange={(mode) => form.setFieldValue(`${name}.mode`, mode as AddressMode)}
        data={[
          { value: 'book', label: t('checkout.fromAddressBook'), disabled: addresses.length === 0 },
          { value: 'new', label: t('checkout.enterAddress') },
        ]}
        w="fit-content"
        size="sm"
        aria-label={t('checkout.addressSource', { label })}
      />
      {choice.mode === 'book' ? (
        <>
          <Select
            aria-label={label}
            placeholder={t('checkout.chooseAddress')}
            data={addresses.map((address) => ({ value: address.id, label: addressLabel(address) }))}
            {...form.getInputProps(`${name}.addressId`)}
            searchable
            nothingFoundMessage={t('checkout.noAddress')}
            allowDeselect={false}
          />
          {selected && <AddressBlock address={selected} />}
        </>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('checkout.address.companyName')}
            required
            maxLength={LIMITS.addressLine.maxLength}
            {...form.getInputProps(`${name}.address.companyName`)}
          />
          <TextInput label={t('checkout.address.contactName')} {...form.getInputProps(`${name}.address.contactName`)} />
          <TextInput
            label={t('checkout.address.street')}
            required
            maxLength={LIMITS.addressLine.maxLength}
            {...form.getInputProps(`${name}.address.street`)}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('checkout.address.postalCode')}
              required
              maxLength={LIMITS.addressLine.maxLength}
              {...form.getInputProps(`${name}.address.postalCode`)}
            />
            <TextInput
              label={t('checkout.address.city')}
              required
              maxLength={LIMITS.addressLine.maxLength}
              {...form.getInputProps(`${name}.address.city`)}
            />
          </SimpleGrid>
          <TextInput
            label={t('checkout.address.countryCode')}
            description={t('checkout.address.countryHint')}
            required
            maxLength={LIMITS.countryCode.length}
            {...form.getInputProps(`${name}.address.countryCode`)}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
