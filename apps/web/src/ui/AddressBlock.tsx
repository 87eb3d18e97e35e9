import { Text } from '@mantine/core';

import { useFormat } from '../lib/use-format';

export interface AddressBlockValue {
  companyName: string;
  contactName?: string | null;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
}

export interface AddressBlockProps {
  address: AddressBlockValue;
  size?: 'xs' | 'sm';
}

// A postal address as it is printed on a letter.
export function AddressBlock({ address, size = 'sm' }: AddressBlockProps) {
  const format = useFormat();
  return (
    <Text size={size} component="address" style={{ fontStyle: 'normal', lineHeight: 1.45 }}>
      {address.companyName}
      <br />
      {address.contactName && (
        <>
          {address.contactName}
          <br />
        </>
      )}
      {address.street}
      <br />
      {address.postalCode} {address.city}
      <br />
      {format.country(address.countryCode)}
    </Text>
  );
}
