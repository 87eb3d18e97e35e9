import { ImportRowStatus } from './customer-product-number.types';
import { planProductNumberImport, ProductNumberImportState } from './product-number-import-plan';

const state: ProductNumberImportState = {
  productBySku: new Map([
    ['bl-100', { id: 'p100', sku: 'BL-100' }],
    ['bl-200', { id: 'p200', sku: 'BL-200' }],
    ['bl-300', { id: 'p300', sku: 'BL-300' }],
  ]),
  existing: [
    { id: 'n1', productId: 'p100', number: 'OWN-1' },
    { id: 'n9', productId: 'p900', number: 'OWN-9' },
  ],
  skuOfProduct: new Map([
    ['p100', 'BL-100'],
    ['p900', 'BL-900'],
  ]),
};
const row = (line: number, number: string, sku: string, cellCount = 2) => ({ row: line, number, sku, cellCount });

describe('planProductNumberImport', () => {
  it('creates, updates and leaves unchanged, writing only what changes', () => {
    const plan = planProductNumberImport([row(2, 'OWN-1', 'bl-100'), row(3, 'NEW-2', 'BL-200')], state);
    expect(plan.report).toEqual([
      { row: 2, number: 'OWN-1', sku: 'BL-100', status: ImportRowStatus.UNCHANGED, message: null },
      { row: 3, number: 'NEW-2', sku: 'BL-200', status: ImportRowStatus.CREATED, message: null },
    ]);
    expect(plan.inserts).toEqual([{ productId: 'p200', number: 'NEW-2' }]);
    expect(plan.updates).toEqual([]);

    const renamed = planProductNumberImport([row(1, 'OWN-1b', 'BL-100')], state);
    expect(renamed.updates).toEqual([{ id: 'n1', number: 'OWN-1b' }]);
    expect(renamed.report[0]).toEqual(
      expect.objectContaining({ status: ImportRowStatus.UPDATED, message: 'Replaced OWN-1.' }),
    );
  });

  it('rejects bad rows with the reason and the file line of an earlier row', () => {
    const plan = planProductNumberImport(
      [
        row(1, 'ONLY', '', 1),
        row(2, 'X'.repeat(65), 'BL-200'),
        row(3, 'A', 'NOPE'),
        row(4, 'B', 'BL-200'),
        row(5, 'b', 'BL-300'),
        row(6, 'C', 'BL-200'),
        row(7, 'own-9', 'BL-300'),
      ],
      state,
    );
    expect(plan.report.map((entry) => [entry.row, entry.status, entry.message])).toEqual([
      [1, ImportRowStatus.REJECTED, 'Expected two columns: own number and SKU.'],
      [2, ImportRowStatus.REJECTED, 'A product number has at most 64 characters.'],
      [3, ImportRowStatus.REJECTED, 'Unknown SKU NOPE.'],
      [4, ImportRowStatus.CREATED, null],
      [5, ImportRowStatus.REJECTED, 'The number b is already used in row 4.'],
      [6, ImportRowStatus.REJECTED, 'BL-200 already gets a number in row 4.'],
      [7, ImportRowStatus.REJECTED, 'The number OWN-9 already belongs to BL-900.'],
    ]);
    expect(plan.inserts).toEqual([{ productId: 'p200', number: 'B' }]);
  });
});
