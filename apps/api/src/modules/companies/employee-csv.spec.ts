import { EmployeeCsvRow, formatEmployeeCsv, parseEmployeeCsv, parseYesNo } from './employee-csv';

describe('employee CSV', () => {
  it('round-trips what it exports, header and quotes included', () => {
    const record = {
      salutation: 'Ms',
      firstName: 'Ana',
      lastName: 'Smith; Jr.',
      email: 'ana@example.test',
      phone: '+49 30 1',
      department: 'Says "hi"',
      role: 'Buyer',
      admin: 'no',
      active: 'yes',
    };
    const text = formatEmployeeCsv([record]);
    expect(text.split('\r\n')[0]).toBe('salutation;first name;last name;email;phone;department;role;admin;active');
    expect(parseEmployeeCsv(text)).toEqual([
      {
        row: 2,
        cellCount: 9,
        record,
      },
    ]);
  });

  it("keeps the file's line numbers for a chunk that starts further down", () => {
    const rows = parseEmployeeCsv(';A;B;a@b.test\n\n;C;D;c@d.test', 101) as EmployeeCsvRow[];
    expect(rows.map((row) => [row.row, row.record.email, row.record.salutation])).toEqual([
      [101, 'a@b.test', null],
      [103, 'c@d.test', null],
    ]);
  });

  it('writes cells a spreadsheet would run as formulas as text, and reads them back unchanged', () => {
    const record = {
      salutation: null,
      firstName: '=HYPERLINK("x")',
      lastName: '@Smith',
      email: 'eve@example.test',
      phone: '+49 30 1',
      department: 'Purchasing\nNorth',
      role: 'Buyer',
      admin: 'no',
      active: 'yes',
    };
    const text = formatEmployeeCsv([record]);
    expect(text.split('\r\n')[1]).toBe(
      `;"'=HYPERLINK(""x"")";'@Smith;eve@example.test;+49 30 1;"Purchasing\nNorth";Buyer;no;yes`,
    );
    expect(parseEmployeeCsv(text)).toEqual([{ row: 2, cellCount: 9, record }]);
  });

  it('answers a file whose quote never closes with a UserError on the line of the chunk', () => {
    expect(parseEmployeeCsv(';A;B;a@b.test\n;"C;D;c@d.test', 41)).toEqual(
      expect.objectContaining({ code: 'CSV_INVALID', message: expect.stringContaining('Line 42') }),
    );
  });

  it('reads yes and no in English and German', () => {
    expect(['yes', 'Ja', 'x', 'no', 'NEIN', '0', 'maybe'].map(parseYesNo)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      undefined,
    ]);
  });
});
