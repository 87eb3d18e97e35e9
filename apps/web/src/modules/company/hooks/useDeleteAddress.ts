import { useMutation } from '@apollo/client/react';
import { DeleteAddressDocument } from '@branchline/graphql-types';
import type { DeleteAddressInput } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { ADDRESS_DEPENDENT_QUERIES } from '../model/dependent-queries';
import type { UserErrorItem } from '../../../lib/user-errors';

export function useDeleteAddress() {
  const [mutate, { loading }] = useMutation(DeleteAddressDocument, { refetchQueries: ADDRESS_DEPENDENT_QUERIES, awaitRefetchQueries: true });
  const deleteAddress = useCallback(
    async (input: DeleteAddressInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.deleteAddress.userErrors ?? [];
    },
    [mutate],
  );
  return { deleteAddress, loading };
}
