// One row of the fast-order editor: what was typed, before the API resolved it.
export interface FastOrderRowValue {
  key: string;
  reference: string;
  quantity: number | '';
}

export function emptyRow(): FastOrderRowValue {
  return { key: crypto.randomUUID(), reference: '', quantity: '' };
}

export function isBlankRow(row: FastOrderRowValue): boolean {
  return row.reference.trim() === '' && row.quantity === '';
}
