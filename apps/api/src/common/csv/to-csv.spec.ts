import { parseCsv } from './parse-csv';
import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes CRLF rows and quotes only cells that need it', () => {
    expect(toCsv([['a', 'b;c', 'say "hi"', ' padded', 'two\nlines', null, '']], { delimiter: ';' })).toBe(
      'a;"b;c";"say ""hi""";" padded";"two\nlines";;\r\n',
    );
  });

  it('escapes cells that would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '@A1', '+49 30 1', '-5']], { delimiter: ',' })).toBe(
      `"'=HYPERLINK(""x"")",'@A1,+49 30 1,-5\r\n`,
    );
  });

  it('reads back with parseCsv', () => {
    const rows = [['Ms', 'Smith; Jr.', 'Says "hi"', 'Dept\nNorth', 'Dept\r\nSouth']];
    expect(parseCsv(toCsv(rows, { delimiter: ';' }))).toEqual([{ line: 1, cells: rows[0] }]);
  });
});
