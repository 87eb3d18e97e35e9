import { parseFastOrderCsv } from './fast-order-csv';

describe('parseFastOrderCsv', () => {
  it('reads reference;quantity rows with a header and blank lines', () => {
    expect(parseFastOrderCsv('SKU;Quantity\r\nFA-1;100\r\n\r\nACME-4711-1; 5 \r\n')).toEqual([
      { row: 2, reference: 'FA-1', quantity: 100, rawQuantity: '100' },
      { row: 4, reference: 'ACME-4711-1', quantity: 5, rawQuantity: '5' },
    ]);
  });

  it('reads comma separated rows without a header and unquotes cells', () => {
    expect(parseFastOrderCsv('"FA,1",3\nFA-2,4')).toEqual([
      { row: 1, reference: 'FA,1', quantity: 3, rawQuantity: '3' },
      { row: 2, reference: 'FA-2', quantity: 4, rawQuantity: '4' },
    ]);
  });

  it('keeps rows with a missing or bad quantity so the report can name them', () => {
    expect(parseFastOrderCsv('\uFEFFFA-1;2\nFA-2\nFA-3;1.5\nFA-4;-1')).toEqual([
      { row: 1, reference: 'FA-1', quantity: 2, rawQuantity: '2' },
      { row: 2, reference: 'FA-2', quantity: null, rawQuantity: '' },
      { row: 3, reference: 'FA-3', quantity: null, rawQuantity: '1.5' },
      { row: 4, reference: 'FA-4', quantity: null, rawQuantity: '-1' },
    ]);
  });
});
