import { useMutation } from '@apollo/client/react';
import type { DeleteAddressInput } from '@branchline/graphql-types';
import { DeleteAddressDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { ADDRESS_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useDeleteAddress() {
  const [mutate, { loading }] = useMutation(DeleteAddressDocument, {
    refetchQueries: ADDRESS_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const deleteAddress = useCallback(
    async (input: DeleteAddressInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.deleteAddress.userErrors ?? [];
    },
    [mutate],
  );
  return { deleteAddress, loading };
}
