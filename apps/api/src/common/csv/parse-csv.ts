import { CsvError, parse } from 'csv-parse/sync';

import { UserError, userError } from '../errors/user-error.type';

// One row of an uploaded file: its cells (trimmed) and the file line it starts on, for per-row reports.
export type CsvRow = { line: number; cells: string[] };

const LINE_BREAK = /\r\n|\r|\n/g;

// Files as spreadsheets export "CSV": comma, semicolon or tab separated (chosen from the first line),
// optional double quotes with "" inside (a quoted cell may span lines), an optional byte order mark.
// Blank lines are skipped. A file that is not CSV at all (a quote never closed) is a problem the user
// can fix, answered as a UserError on `field`. `firstLine`: where this text starts in the whole file,
// for uploads sent in chunks.
export type ParseCsvOptions = { field?: string[]; firstLine?: number };

export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvRow[] | UserError {
  const content = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let nextLine = options.firstLine ?? 1;
  try {
    parse(content, {
      delimiter: delimiterOf(content),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
      // Every physical line yields a record (blank ones too), so counting the line breaks inside quoted
      // cells gives each record's first line.
      on_record: (record: string[]) => {
        const line = nextLine;
        nextLine += 1 + record.reduce((breaks, cell) => breaks + (cell.match(LINE_BREAK)?.length ?? 0), 0);
        if (record.length > 1 || record[0]?.trim()) rows.push({ line, cells: record.map((cell) => cell.trim()) });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return userError(
      'CSV_INVALID',
      `Line ${nextLine} is not valid CSV: ${problemOf(error)}`,
      options.field ?? ['input', 'csv'],
    );
  }
  return rows;
}

function delimiterOf(text: string): string {
  const firstLine = text.split(LINE_BREAK).find((line) => line.trim() !== '') ?? '';
  return firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
}

function problemOf(error: CsvError): string {
  return error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed.' : 'check the quotes in this line.';
}
