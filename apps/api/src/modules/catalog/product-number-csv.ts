import { parseCsv } from '../../common/csv/parse-csv';
import { UserError } from '../../common/errors/user-error.type';

// "own number, SKU" files; an optional header row naming the SKU column decides the column order.
export type ProductNumberCsvRow = { row: number; number: string; sku: string; cellCount: number };

const SKU_HEADERS = new Set(['sku', 'article', 'artikelnummer']);

export function parseProductNumberCsv(text: string): ProductNumberCsvRow[] | UserError {
  const rows = parseCsv(text);
  if (!Array.isArray(rows)) return rows;
  const [first, ...rest] = rows;
  if (!first) return [];
  const skuColumn = first.cells.findIndex((cell) => SKU_HEADERS.has(cell.toLowerCase()));
  const hasHeader = skuColumn >= 0;
  const skuIndex = hasHeader ? skuColumn : 1;
  const numberIndex = hasHeader && skuColumn === 0 ? 1 : 0;
  return (hasHeader ? rest : [first, ...rest]).map(({ line, cells }) => ({
    row: line,
    number: cells[numberIndex] ?? '',
    sku: cells[skuIndex] ?? '',
    cellCount: cells.length,
  }));
}
