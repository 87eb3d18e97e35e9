import { postalAddressOf } from './postal-address.types';

describe('postalAddressOf', () => {
  it('copies the six postal fields and nothing else', () => {
    const snapshot = {
      addressId: 'a1',
      companyName: 'Acme',
      contactName: null,
      street: 'Main St 1',
      postalCode: '12345',
      city: 'Berlin',
      countryCode: 'DE',
    };
    expect(postalAddressOf(snapshot)).toStrictEqual({
      companyName: 'Acme',
      contactName: null,
      street: 'Main St 1',
      postalCode: '12345',
      city: 'Berlin',
      countryCode: 'DE',
    });
  });
});
