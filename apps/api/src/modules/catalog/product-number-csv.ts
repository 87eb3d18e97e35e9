// Parses "own number, SKU" files as spreadsheets export them: comma or semicolon separated (chosen from the
// first line), optional double quotes, optional header row naming "sku". Blank lines are skipped.
export type ProductNumberCsvRow = { row: number; number: string; sku: string; cellCount: number };

export function parseProductNumberCsv(text: string): ProductNumberCsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  let numberIndex = 0;
  let skuIndex = 1;
  const rows: ProductNumberCsvRow[] = [];
  let headerSeen = false;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = splitLine(line, delimiter).map((cell) => cell.trim());
    if (!headerSeen) {
      headerSeen = true;
      const header = cells.map((cell) => cell.toLowerCase());
      const skuColumn = header.findIndex((cell) => cell === 'sku' || cell === 'article' || cell === 'artikelnummer');
      if (skuColumn >= 0) {
        skuIndex = skuColumn;
        numberIndex = skuColumn === 0 ? 1 : 0;
        return;
      }
    }
    rows.push({ row: index + 1, number: cells[numberIndex] ?? '', sku: cells[skuIndex] ?? '', cellCount: cells.length });
  });
  return rows;
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
