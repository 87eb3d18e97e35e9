import { postalAddressOf } from './postal-address.types';

describe('postalAddressOf', () => {
  it('copies the six postal fields and nothing else', () => {
    const postal = {
      companyName: 'Acme',
      contactName: null,
      street: 'Main St 1',
      postalCode: '12345',
      city: 'Berlin',
      countryCode: 'DE',
    };
    const snapshot = { addressId: 'a1', ...postal };
    const copy = postalAddressOf(snapshot);
    expect(copy).toStrictEqual(postal);
    expect(copy).not.toHaveProperty('addressId');
  });
});
