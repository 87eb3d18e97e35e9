import { useMutation } from '@apollo/client/react';
import { CreateCustomerProductNumberDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { PRODUCT_NUMBER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useCreateCustomerProductNumber() {
  const [mutate, { loading }] = useMutation(CreateCustomerProductNumberDocument, {
    refetchQueries: PRODUCT_NUMBER_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const create = useCallback(
    async (productId: string, number: string): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input: { productId, number } } });
      return data?.createCustomerProductNumber.userErrors ?? [];
    },
    [mutate],
  );
  return { create, loading };
}
