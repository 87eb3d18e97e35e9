import { useMutation } from '@apollo/client/react';
import { ProductNumberDisplayDocument, SetProductNumberDisplayDocument } from '@branchline/graphql-types';
import type { ProductNumberDisplay } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { PRODUCT_NUMBER_DEPENDENT_QUERIES } from '../model/dependent-queries';
import type { UserErrorItem } from '../../../lib/user-errors';

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
