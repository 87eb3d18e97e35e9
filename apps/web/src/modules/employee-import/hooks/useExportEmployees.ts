import { useApolloClient } from '@apollo/client/react';
import { ExportEmployeesCsvDocument } from '@branchline/graphql-types';
import { useCallback, useState } from 'react';

export function useExportEmployees() {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  // Always fresh and never cached: a file of the whole company is not worth keeping in memory.
  const exportEmployees = useCallback(async (): Promise<string> => {
    setLoading(true);
    try {
      const { data } = await client.query({ query: ExportEmployeesCsvDocument, fetchPolicy: 'no-cache' });
      if (data === undefined) throw new Error('No export received');
      return data.exportEmployees;
    } finally {
      setLoading(false);
    }
  }, [client]);
  return { exportEmployees, loading };
}
