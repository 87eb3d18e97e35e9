import { useMutation } from '@apollo/client/react';
import type { CreateCostCenterInput } from '@branchline/graphql-types';
import { CreateCostCenterDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { COST_CENTER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useCreateCostCenter() {
  const [mutate, { loading }] = useMutation(CreateCostCenterDocument, {
    refetchQueries: COST_CENTER_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const createCostCenter = useCallback(
    async (input: CreateCostCenterInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.createCostCenter.userErrors ?? [];
    },
    [mutate],
  );
  return { createCostCenter, loading };
}
