import { useMutation } from '@apollo/client/react';
import type { ProductNumberDisplay } from '@branchline/graphql-types';
import { ProductNumberDisplayDocument, SetProductNumberDisplayDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { PRODUCT_NUMBER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useSetProductNumberDisplay() {
  // The display mode changes how every product number is printed, so cached products are refetched.
  const [mutate, { loading }] = useMutation(SetProductNumberDisplayDocument, {
    refetchQueries: [ProductNumberDisplayDocument, ...PRODUCT_NUMBER_DEPENDENT_QUERIES],
  });
  const setDisplay = useCallback(
    async (productNumberDisplay: ProductNumberDisplay): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input: { productNumberDisplay } } });
      return data?.setProductNumberDisplay.userErrors ?? [];
    },
    [mutate],
  );
  return { setDisplay, loading };
}
