import { parseProductNumberCsv } from './product-number-csv';

describe('parseProductNumberCsv', () => {
  it('reads number,sku rows and reports file line numbers, skipping blank lines', () => {
    expect(parseProductNumberCsv('A-1,BL-100\n\nA-2,BL-200\n')).toEqual([
      { row: 1, number: 'A-1', sku: 'BL-100', cellCount: 2 },
      { row: 3, number: 'A-2', sku: 'BL-200', cellCount: 2 },
    ]);
  });

  it('skips a header naming the SKU column, in either order, and reads semicolons (German Excel)', () => {
    expect(parseProductNumberCsv('SKU;Own number\r\nBL-100; A-1 \r\n')).toEqual([
      { row: 2, number: 'A-1', sku: 'BL-100', cellCount: 2 },
    ]);
  });

  it('unquotes quoted cells with delimiters and doubled quotes inside', () => {
    expect(parseProductNumberCsv('"A,1","BL-""9"""')).toEqual([{ row: 1, number: 'A,1', sku: 'BL-"9"', cellCount: 2 }]);
  });

  it('keeps short rows so the import can reject them', () => {
    expect(parseProductNumberCsv('\uFEFFonly-one-cell')).toEqual([
      { row: 1, number: 'only-one-cell', sku: '', cellCount: 1 },
    ]);
  });
});
