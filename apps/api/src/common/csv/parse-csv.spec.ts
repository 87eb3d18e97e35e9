import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads comma rows with file line numbers, skipping blank and whitespace-only lines', () => {
    expect(parseCsv('a,b\n\n  \nc,d\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('takes the delimiter from the first non-blank line: semicolon before tab before comma', () => {
    expect(parseCsv('\na;b,c\nd;e')).toEqual([
      { line: 2, cells: ['a', 'b,c'] },
      { line: 3, cells: ['d', 'e'] },
    ]);
    expect(parseCsv('a\tb,c')).toEqual([{ line: 1, cells: ['a', 'b,c'] }]);
  });

  it('strips a byte order mark, trims cells and unquotes "" inside quotes, also after spaces', () => {
    expect(parseCsv('\uFEFF x ; "y;""z""" ;\t" w "')).toEqual([{ line: 1, cells: ['x', 'y;"z"', 'w'] }]);
  });

  it('keeps a line break inside a quoted cell and the line numbers of the rows after it', () => {
    expect(parseCsv('A;"first\nsecond";B\r\nC;"x\r\ny\rz"\n\nD;E')).toEqual([
      { line: 1, cells: ['A', 'first\nsecond', 'B'] },
      { line: 3, cells: ['C', 'x\r\ny\rz'] },
      { line: 7, cells: ['D', 'E'] },
    ]);
  });

  it('counts from the line a chunk starts at', () => {
    expect(parseCsv('a\n\nb', { firstLine: 101 })).toEqual([
      { line: 101, cells: ['a'] },
      { line: 103, cells: ['b'] },
    ]);
  });

  it('keeps rows of any length and quotes inside an unquoted cell', () => {
    expect(parseCsv('a;b;c\nd\n;;\ne"f;g')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['d'] },
      { line: 3, cells: ['', '', ''] },
      { line: 4, cells: ['e"f', 'g'] },
    ]);
  });

  it('answers a quote that is never closed as a UserError naming the line', () => {
    expect(parseCsv('a;b\nc;"d\ne;f', { field: ['input', 'file'], firstLine: 11 })).toEqual({
      code: 'CSV_INVALID',
      message: 'Line 12 is not valid CSV: a quoted cell is never closed.',
      field: ['input', 'file'],
    });
  });
});
