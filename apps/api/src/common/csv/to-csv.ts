import { stringify } from 'csv-stringify/sync';

import { escapeFormulaCell } from './formula-cells';

export type CsvOptions = { delimiter: ',' | ';' | '\t' };

// Rows as a CSV text that spreadsheets open directly: CRLF line ends, quotes only where needed (a
// delimiter, quote or line break inside, or spaces at either end that a reader would trim), and cells that
// would run as formulas escaped. Null is an empty cell.
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | null>>, options: CsvOptions): string {
  return stringify(
    rows.map((row) => row.map((cell) => (cell === null ? '' : escapeFormulaCell(cell)))),
    { delimiter: options.delimiter, record_delimiter: '\r\n', quoted_match: /^\s|\s$|[\r\n]/ },
  );
}
