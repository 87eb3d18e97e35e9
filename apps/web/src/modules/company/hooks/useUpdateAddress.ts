import { useMutation } from '@apollo/client/react';
import type { UpdateAddressInput } from '@branchline/graphql-types';
import { UpdateAddressDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { ADDRESS_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useUpdateAddress() {
  const [mutate, { loading }] = useMutation(UpdateAddressDocument, {
    refetchQueries: ADDRESS_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const updateAddress = useCallback(
    async (input: UpdateAddressInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.updateAddress.userErrors ?? [];
    },
    [mutate],
  );
  return { updateAddress, loading };
}
