import { useMutation } from '@apollo/client/react';
import { EndOtherSessionsDocument, UserSessionsDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useEndOtherSessions() {
  const [mutate, { loading }] = useMutation(EndOtherSessionsDocument, {
    refetchQueries: [UserSessionsDocument],
    awaitRefetchQueries: true,
  });
  const endOtherSessions = useCallback(async (): Promise<number> => {
    const { data } = await mutate();
    return data?.endOtherSessions.endedCount ?? 0;
  }, [mutate]);
  return { endOtherSessions, loading };
}
