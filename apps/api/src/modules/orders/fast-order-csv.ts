import { parseCsv } from '../../common/csv/parse-csv';
import { UserError } from '../../common/errors/user-error.type';

// "reference;quantity" files. A first line whose quantity cell holds letters is a header.
export type FastOrderCsvRow = { row: number; reference: string; quantity: number | null; rawQuantity: string };

export function parseFastOrderCsv(text: string): FastOrderCsvRow[] | UserError {
  const rows = parseCsv(text);
  if (!Array.isArray(rows)) return rows;
  return rows.flatMap(({ line, cells: [reference = '', rawQuantity = ''] }, index) => {
    const quantity = parseQuantity(rawQuantity);
    const isHeader = index === 0 && quantity === null && /[a-z]/i.test(rawQuantity);
    return isHeader ? [] : [{ row: line, reference, quantity, rawQuantity }];
  });
}

// Whole numbers only; "1.000" (German thousands) is not guessed at, it is reported as invalid.
function parseQuantity(text: string): number | null {
  return /^[0-9]{1,9}$/.test(text) ? Number(text) : null;
}
