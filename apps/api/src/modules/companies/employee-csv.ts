import { unescapeFormulaCell } from '../../common/csv/formula-cells';
import { parseCsv } from '../../common/csv/parse-csv';
import { toCsv } from '../../common/csv/to-csv';
import { UserError } from '../../common/errors/user-error.type';

// The employees file: one person per row, in this column order, semicolon-separated (what spreadsheets in
// our markets open directly). The same layout is exported and imported, so an export round-trips unchanged.
export const EMPLOYEE_CSV_COLUMNS = [
  'salutation',
  'first name',
  'last name',
  'email',
  'phone',
  'department',
  'role',
  'admin',
  'active',
] as const;

export type EmployeeCsvRecord = {
  salutation: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  department: string | null;
  role: string | null;
  admin: string | null;
  active: string | null;
};

export type EmployeeCsvRow = { row: number; record: EmployeeCsvRecord; cellCount: number };

// `firstRowNumber`: where this text starts in the whole file, so chunked uploads report the file's lines.
// A header row (wherever a chunk starts) is recognised by its column names and skipped.
export function parseEmployeeCsv(text: string, firstRowNumber = 1): EmployeeCsvRow[] | UserError {
  const rows = parseCsv(text, { firstLine: firstRowNumber });
  if (!Array.isArray(rows)) return rows;
  return rows
    .filter(({ cells }) => !isHeader(cells))
    .map(({ line, cells }) => ({
      row: line,
      cellCount: cells.length,
      record: {
        salutation: cell(cells, 0),
        firstName: cell(cells, 1),
        lastName: cell(cells, 2),
        email: cell(cells, 3),
        phone: cell(cells, 4),
        department: cell(cells, 5),
        role: cell(cells, 6),
        admin: cell(cells, 7),
        active: cell(cells, 8),
      },
    }));
}

// yes/no in English and German, plus the usual spreadsheet spellings. Undefined: not a yes/no.
export function parseYesNo(value: string): boolean | undefined {
  const normalised = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x', 'ja', 'j'].includes(normalised)) return true;
  if (['no', 'n', 'false', '0', 'nein'].includes(normalised)) return false;
  return undefined;
}

export function formatEmployeeCsv(records: Array<Record<keyof EmployeeCsvRecord, string | null>>): string {
  const rows = records.map((record) => [
    record.salutation,
    record.firstName,
    record.lastName,
    record.email,
    record.phone,
    record.department,
    record.role,
    record.admin,
    record.active,
  ]);
  return toCsv([[...EMPLOYEE_CSV_COLUMNS], ...rows], { delimiter: ';' });
}

function isHeader(cells: string[]): boolean {
  return cells[1]?.toLowerCase() === 'first name' && cells[3]?.toLowerCase() === 'email';
}

// Our export escapes cells a spreadsheet would run as formulas; reading undoes that.
function cell(cells: string[], index: number): string | null {
  const value = cells[index]?.trim();
  return value ? unescapeFormulaCell(value) : null;
}
