import { useMutation } from '@apollo/client/react';
import type { UpdateCostCenterInput } from '@branchline/graphql-types';
import { UpdateCostCenterDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { COST_CENTER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useUpdateCostCenter() {
  const [mutate, { loading }] = useMutation(UpdateCostCenterDocument, {
    refetchQueries: COST_CENTER_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const updateCostCenter = useCallback(
    async (input: UpdateCostCenterInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.updateCostCenter.userErrors ?? [];
    },
    [mutate],
  );
  return { updateCostCenter, loading };
}
