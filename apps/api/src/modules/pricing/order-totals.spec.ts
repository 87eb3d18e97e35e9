import { orderTotals } from './order-totals';

describe('orderTotals', () => {
  it('rounds each line half up to cents and sums the rounded lines', () => {
    const totals = orderTotals([
      { unitPrice: '0.3350', quantity: 3, taxRate: '19.00' }, // 1.005 -> 1.01, tax 0.1919 -> 0.19
      { unitPrice: '2.1250', quantity: 1, taxRate: '7.00' }, // 2.125 -> 2.13, tax 0.1491 -> 0.15
    ]);
    expect(totals.lines).toEqual([
      { net: '1.01', tax: '0.19' },
      { net: '2.13', tax: '0.15' },
    ]);
    expect(totals).toMatchObject({ net: '3.14', tax: '0.34', gross: '3.48', shippingNet: '0.00', shippingTax: '0.00' });
  });

  it('stays exact where floats drift', () => {
    const lines = Array.from({ length: 10 }, () => ({ unitPrice: '0.1000', quantity: 1, taxRate: '0.00' }));
    expect(orderTotals(lines).net).toBe('1.00');
  });

  it('adds shipping to net and taxes it at the highest line rate', () => {
    const totals = orderTotals(
      [
        { unitPrice: '10.0000', quantity: 2, taxRate: '7.00' },
        { unitPrice: '5.0000', quantity: 1, taxRate: '19.00' },
      ],
      '9.90',
    );
    expect(totals).toMatchObject({
      shippingNet: '9.90',
      shippingTax: '1.88',
      net: '34.90',
      tax: '4.23',
      gross: '39.13',
    });
  });

  it('gives zero totals for no lines', () => {
    expect(orderTotals([])).toMatchObject({ net: '0.00', tax: '0.00', gross: '0.00' });
  });
});
