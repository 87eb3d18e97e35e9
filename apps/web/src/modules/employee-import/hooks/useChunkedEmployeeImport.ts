import type { EmployeeImportRow } from '@branchline/graphql-types';
import { useCallback, useState } from 'react';

import { chunkEmployeeCsv } from '../utils/chunk-employee-csv';
import { useImportEmployees } from './useImportEmployees';

// About what one request handles comfortably (the API's own hint); line numbers stay those of the file.
export const ROWS_PER_CHUNK = 100;

export interface ChunkFailure {
  fromRow: number;
  toRow: number;
  message: string;
}

export interface EmployeeImportProgress {
  fileName: string;
  status: 'running' | 'done' | 'failed';
  totalRows: number;
  doneRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  // Rows worth a look: rejected and changed ones, in file order.
  rows: Pick<EmployeeImportRow, 'row' | 'email' | 'status' | 'message'>[];
  chunkFailures: ChunkFailure[];
}

export function useChunkedEmployeeImport() {
  const { importChunk, refreshEmployees } = useImportEmployees();
  const [progress, setProgress] = useState<EmployeeImportProgress | null>(null);

  const start = useCallback(
    async (fileName: string, text: string) => {
      const { chunks, totalRows } = chunkEmployeeCsv(text, ROWS_PER_CHUNK);
      let current: EmployeeImportProgress = {
        fileName,
        status: 'running',
        totalRows,
        doneRows: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        rows: [],
        chunkFailures: [],
      };
      setProgress(current);
      // One chunk after the other: each is its own transaction, and the bar moves as they finish.
      for (const chunk of chunks) {
        try {
          const report = await importChunk(chunk.csv, chunk.firstRowNumber);
          const failure =
            report.userErrors.length > 0
              ? [
                  {
                    fromRow: chunk.firstRowNumber,
                    toRow: chunk.firstRowNumber + chunk.rowCount - 1,
                    message: report.userErrors.map((e) => e.message).join(' '),
                  },
                ]
              : [];
          current = {
            ...current,
            doneRows: current.doneRows + chunk.rowCount,
            created: current.created + report.createdCount,
            updated: current.updated + report.updatedCount,
            unchanged: current.unchanged + report.unchangedCount,
            rejected: current.rejected + report.rejectedCount,
            rows: [
              ...current.rows,
              ...report.rows.filter((row) => row.status === 'REJECTED' || row.status === 'UPDATED'),
            ],
            chunkFailures: [...current.chunkFailures, ...failure],
          };
          setProgress(current);
        } catch {
          // Network or server trouble: stop here, what was sent so far stays imported.
          current = { ...current, status: 'failed' };
          setProgress(current);
          break;
        }
      }
      if (current.status === 'running') setProgress({ ...current, status: 'done' });
      await refreshEmployees().catch(() => undefined);
    },
    [importChunk, refreshEmployees],
  );

  const reset = useCallback(() => setProgress(null), []);
  return { progress, start, reset };
}
