import { useMutation } from '@apollo/client/react';
import { DeleteCustomerProductNumberDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { PRODUCT_NUMBER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useDeleteCustomerProductNumber() {
  const [mutate, { loading }] = useMutation(DeleteCustomerProductNumberDocument, {
    refetchQueries: PRODUCT_NUMBER_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const remove = useCallback(
    async (id: string): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input: { id } } });
      return data?.deleteCustomerProductNumber.userErrors ?? [];
    },
    [mutate],
  );
  return { remove, loading };
}
