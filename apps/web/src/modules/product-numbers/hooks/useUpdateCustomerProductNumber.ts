import { useMutation } from '@apollo/client/react';
import { UpdateCustomerProductNumberDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { PRODUCT_NUMBER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useUpdateCustomerProductNumber() {
  const [mutate, { loading }] = useMutation(UpdateCustomerProductNumberDocument, {
    refetchQueries: PRODUCT_NUMBER_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const update = useCallback(
    async (id: string, number: string): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input: { id, number } } });
      return data?.updateCustomerProductNumber.userErrors ?? [];
    },
    [mutate],
  );
  return { update, loading };
}
