import { escapeFormulaCell, unescapeFormulaCell } from './formula-cells';

describe('formula cells', () => {
  it('prefixes a single quote to cells a spreadsheet would run as a formula', () => {
    expect(['=SUM(A1)', '+cmd|x', '-2+A1', '@SUM(A1)', '\t=1', '\rx', "'=1"].map(escapeFormulaCell)).toEqual([
      "'=SUM(A1)",
      "'+cmd|x",
      "'-2+A1",
      "'@SUM(A1)",
      "'\t=1",
      "'\rx",
      "''=1",
    ]);
  });

  it('leaves ordinary text, signed numbers and phone numbers alone', () => {
    expect(['Anna', 'a=b', '-5', '+49 711 4829-100', '-1.5', "O'Brien", ''].map(escapeFormulaCell)).toEqual([
      'Anna',
      'a=b',
      '-5',
      '+49 711 4829-100',
      '-1.5',
      "O'Brien",
      '',
    ]);
  });

  it('reads back exactly what it escaped, and nothing else', () => {
    for (const value of ['=SUM(A1)', '@x', "'=1", "''-x", 'Anna', "'quoted", '-5', '+49 30 1']) {
      expect(unescapeFormulaCell(escapeFormulaCell(value))).toBe(value);
    }
    expect(unescapeFormulaCell("'Anna")).toBe("'Anna");
  });
});
