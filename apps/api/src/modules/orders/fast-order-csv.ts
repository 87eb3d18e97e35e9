// Fast-order files as spreadsheets export them: "reference;quantity" or "reference,quantity" (or tab
// separated), optional double quotes, an optional header row (a quantity cell that is not a number on the
// first line). Blank lines are skipped; rows keep their file line number for the report.
export type FastOrderCsvRow = { row: number; reference: string; quantity: number | null; rawQuantity: string };

export function parseFastOrderCsv(text: string): FastOrderCsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const rows: FastOrderCsvRow[] = [];
  let first = true;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const [reference = '', rawQuantity = ''] = splitLine(line, delimiter).map((cell) => cell.trim());
    const quantity = parseQuantity(rawQuantity);
    const isHeader = first && quantity === null && /[a-z]/i.test(rawQuantity);
    first = false;
    if (isHeader) return;
    rows.push({ row: index + 1, reference, quantity, rawQuantity });
  });
  return rows;
}

// Whole numbers only; "1.000" (German thousands) is not guessed at, it is reported as invalid.
function parseQuantity(text: string): number | null {
  return /^[0-9]{1,9}$/.test(text) ? Number(text) : null;
}

function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
