// Human order numbers: SO-<year>-<sequence of at least six digits>, counting per calendar year (UTC).
export function formatOrderNumber(year: number, sequence: number): string {
  return `SO-${year}-${String(sequence).padStart(6, '0')}`;
}

export function orderNumberPattern(year: number): string {
  return `^SO-${year}-[0-9]+$`;
}
