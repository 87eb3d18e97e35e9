// Rows of a file as spreadsheets export "CSV": comma, semicolon or tab separated (chosen from the first
// line), optional double quotes with "" inside, an optional byte order mark. Blank lines are skipped;
// each row keeps its 1-based line number for per-row reports.
export type DelimitedRow = { line: number; cells: string[] };

export function readDelimitedRows(text: string): DelimitedRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  return lines.flatMap((line, index) =>
    line.trim() === '' ? [] : [{ line: index + 1, cells: splitLine(line, delimiter).map((cell) => cell.trim()) }],
  );
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
