import { useMutation } from '@apollo/client/react';
import type { SetEmployeeActiveInput } from '@branchline/graphql-types';
import { SetEmployeeActiveDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useSetEmployeeActive() {
  const [mutate, { loading }] = useMutation(SetEmployeeActiveDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const setEmployeeActive = useCallback(
    async (input: SetEmployeeActiveInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.setEmployeeActive.userErrors ?? [];
    },
    [mutate],
  );
  return { setEmployeeActive, loading };
}
