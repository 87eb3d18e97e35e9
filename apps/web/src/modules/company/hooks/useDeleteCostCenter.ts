import { useMutation } from '@apollo/client/react';
import type { DeleteCostCenterInput } from '@branchline/graphql-types';
import { DeleteCostCenterDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { COST_CENTER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useDeleteCostCenter() {
  const [mutate, { loading }] = useMutation(DeleteCostCenterDocument, {
    refetchQueries: COST_CENTER_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const deleteCostCenter = useCallback(
    async (input: DeleteCostCenterInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.deleteCostCenter.userErrors ?? [];
    },
    [mutate],
  );
  return { deleteCostCenter, loading };
}
