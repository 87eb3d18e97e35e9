import { ImportRowReportNode, ImportRowStatus } from './customer-product-number.types';
import { ProductNumberCsvRow } from './product-number-csv';
import { validateNumber } from './product-number-rules';

// What the import needs to know of the database, loaded (and locked) by the writer before planning.
export type ProductNumberImportState = {
  // Products the company may see, by lower-case SKU.
  productBySku: ReadonlyMap<string, { id: string; sku: string }>;
  // The company's numbers that share a number (any case) or a product with some row of the file.
  existing: ReadonlyArray<{ id: string; productId: string; number: string }>;
  // SKU of every product named above, for messages.
  skuOfProduct: ReadonlyMap<string, string>;
};

export type ProductNumberImportPlan = {
  inserts: Array<{ productId: string; number: string }>;
  updates: Array<{ id: string; number: string }>;
  report: ImportRowReportNode[];
};

// Decides every row of a product-number file without touching the database: one number per product and
// one product per number, in the file as in the company's list; rows in file order, the first one wins.
export function planProductNumberImport(
  rows: ReadonlyArray<ProductNumberCsvRow>,
  state: ProductNumberImportState,
): ProductNumberImportPlan {
  const existingByNumber = new Map(state.existing.map((row) => [row.number.toLowerCase(), row]));
  const existingByProduct = new Map(state.existing.map((row) => [row.productId, row]));
  const numberRows = new Map<string, number>();
  const productRows = new Map<string, number>();
  const plan: ProductNumberImportPlan = { inserts: [], updates: [], report: [] };

  const decide = ({ row, number, sku, cellCount }: ProductNumberCsvRow): ImportRowReportNode => {
    const reject = (message: string): ImportRowReportNode => ({
      row,
      status: ImportRowStatus.REJECTED,
      number,
      sku,
      message,
    });
    if (cellCount < 2 || !sku) return reject('Expected two columns: own number and SKU.');
    const invalid = validateNumber(number);
    if (invalid) return reject(invalid.message);
    const product = state.productBySku.get(sku.toLowerCase());
    if (!product) return reject(`Unknown SKU ${sku}.`);
    const key = number.toLowerCase();
    const sameNumberRow = numberRows.get(key);
    if (sameNumberRow !== undefined) return reject(`The number ${number} is already used in row ${sameNumberRow}.`);
    const sameProductRow = productRows.get(product.id);
    if (sameProductRow !== undefined) return reject(`${product.sku} already gets a number in row ${sameProductRow}.`);
    const holder = existingByNumber.get(key);
    if (holder && holder.productId !== product.id) {
      return reject(
        `The number ${holder.number} already belongs to ${state.skuOfProduct.get(holder.productId) ?? 'another product'}.`,
      );
    }
    numberRows.set(key, row);
    productRows.set(product.id, row);
    const previous = existingByProduct.get(product.id);
    const base = { row, number, sku: product.sku };
    if (!previous) {
      plan.inserts.push({ productId: product.id, number });
      return { ...base, status: ImportRowStatus.CREATED, message: null };
    }
    if (previous.number === number) return { ...base, status: ImportRowStatus.UNCHANGED, message: null };
    plan.updates.push({ id: previous.id, number });
    return { ...base, status: ImportRowStatus.UPDATED, message: `Replaced ${previous.number}.` };
  };

  for (const row of rows) plan.report.push(decide(row));
  return plan;
}
