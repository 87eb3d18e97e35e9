// Splits an employees file into chunks of data rows for importEmployees, keeping the file's line numbers.
export interface EmployeeCsvChunk {
  csv: string;
  // The file line the chunk starts at, so the API's per-row report names lines of the whole file.
  firstRowNumber: number;
  rowCount: number;
}

export interface ChunkedEmployeeCsv {
  chunks: EmployeeCsvChunk[];
  totalRows: number;
}

// A first line naming the email column (and holding no address) is the header; only the first chunk has it.
function isHeader(line: string): boolean {
  const lower = line.toLowerCase();
  return !lower.includes('@') && (lower.includes('email') || lower.includes('e-mail'));
}

export function chunkEmployeeCsv(text: string, rowsPerChunk: number): ChunkedEmployeeCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  const dataLines: number[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    if (index === firstContent && isHeader(line)) return;
    dataLines.push(index);
  });

  const chunks: EmployeeCsvChunk[] = [];
  for (let start = 0; start < dataLines.length; start += rowsPerChunk) {
    const rows = dataLines.slice(start, start + rowsPerChunk);
    // The first chunk starts at line 1, header included: the API recognises and skips it.
    // slice() of a non-empty range: both ends exist.
    const fromLine = start === 0 ? 0 : rows[0]!;
    const toLine = rows[rows.length - 1]!;
    chunks.push({
      csv: lines.slice(fromLine, toLine + 1).join('\n'),
      firstRowNumber: fromLine + 1,
      rowCount: rows.length,
    });
  }
  return { chunks, totalRows: dataLines.length };
}
