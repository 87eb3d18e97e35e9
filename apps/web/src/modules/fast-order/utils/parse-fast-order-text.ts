// Rows pasted from a spreadsheet or read from a CSV file: "reference<sep>quantity" per line, where the
// separator is a tab, ";" or ",". A first line whose quantity is a word is a header and skipped. The API
// checks everything again; this only fills the editor.
export interface ParsedFastOrderRow {
  reference: string;
  quantity: number | null;
}

function splitCells(line: string, separator: string): string[] {
  return line.split(separator).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/""/g, '"')
      .trim(),
  );
}

export function parseFastOrderText(text: string): ParsedFastOrderRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return [];
  const first = lines[0];
  const separator = first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const rows = lines.map((line) => {
    const [reference = '', rawQuantity = ''] = splitCells(line, separator);
    return { reference, rawQuantity, quantity: /^\d{1,9}$/.test(rawQuantity) ? Number(rawQuantity) : null };
  });
  if (rows[0].quantity === null && /[a-z]/i.test(rows[0].rawQuantity)) rows.shift();
  return rows.map(({ reference, quantity }) => ({ reference, quantity }));
}
