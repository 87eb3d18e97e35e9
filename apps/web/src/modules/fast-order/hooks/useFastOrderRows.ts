import { useCallback, useState } from 'react';

import type { FastOrderRowValue } from '../model/fast-order-row';
import { emptyRow, isBlankRow } from '../model/fast-order-row';
import type { ParsedFastOrderRow } from '../utils/parse-fast-order-text';

const INITIAL_ROWS = 5;

// The editor's rows; blank rows are placeholders to type into and are never sent.
export function useFastOrderRows() {
  const [rows, setRows] = useState<FastOrderRowValue[]>(() => Array.from({ length: INITIAL_ROWS }, emptyRow));

  const updateRow = useCallback((key: string, change: Partial<Omit<FastOrderRowValue, 'key'>>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }, []);

  const addRow = useCallback(() => setRows((current) => [...current, emptyRow()]), []);

  const removeRows = useCallback((keys: string[]) => {
    setRows((current) => {
      const next = current.filter((row) => !keys.includes(row.key));
      return next.length > 0 ? next : [emptyRow()];
    });
  }, []);

  // Imported rows replace the blank placeholders and follow rows already typed in.
  const appendParsed = useCallback((parsed: ParsedFastOrderRow[]) => {
    setRows((current) => [
      ...current.filter((row) => !isBlankRow(row)),
      ...parsed.map((row) => ({
        key: crypto.randomUUID(),
        reference: row.reference,
        quantity: row.quantity ?? ('' as const),
      })),
    ]);
  }, []);

  const reset = useCallback(() => setRows(Array.from({ length: INITIAL_ROWS }, emptyRow)), []);

  return { rows, updateRow, addRow, removeRows, appendParsed, reset };
}
