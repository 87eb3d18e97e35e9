import { useMutation } from '@apollo/client/react';
import type { CreateAddressInput } from '@branchline/graphql-types';
import { CreateAddressDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { ADDRESS_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useCreateAddress() {
  const [mutate, { loading }] = useMutation(CreateAddressDocument, {
    refetchQueries: ADDRESS_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const createAddress = useCallback(
    async (input: CreateAddressInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.createAddress.userErrors ?? [];
    },
    [mutate],
  );
  return { createAddress, loading };
}
