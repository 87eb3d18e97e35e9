// Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage return before one) as a
// formula, so an exported name like `=HYPERLINK(...)` would become a live link or command. A leading
// single quote makes the spreadsheet show the text as text. Cells that are only a signed number or phone
// number (`-5`, `+49 711 4829-100`) cannot call anything and stay as they are.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-][0-9 ()./,+-]*$/;

export function escapeFormulaCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

// The reverse, for files we read back: an exported file imports unchanged.
export function unescapeFormulaCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
