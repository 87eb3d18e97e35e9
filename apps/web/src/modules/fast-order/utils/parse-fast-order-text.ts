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
  const first = lines[0];
  if (first === undefined) return [];
  const separator = first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const rows = lines.map((line) => {
    const [reference = '', rawQuantity = ''] = splitCells(line, separator);
    return { reference, rawQuantity, quantity: /^\d{1,9}$/.test(rawQuantity) ? Number(rawQuantity) : null };
  });
  const header = rows[0];
  if (header && header.quantity === null && /[a-z]/i.test(header.rawQuantity)) rows.shift();
  return rows.map(({ reference, quantity }) => ({ reference, quantity }));
}
