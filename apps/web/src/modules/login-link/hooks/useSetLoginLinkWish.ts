import { useMutation } from '@apollo/client/react';
import { SetLoginLinkWishDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useSetLoginLinkWish() {
  const [mutate, { loading }] = useMutation(SetLoginLinkWishDocument);
  const setWantsLoginLink = useCallback(
    async (wantsLoginLink: boolean) => {
      // Only this field is sent: omitted preferences stay as they are.
      const { data } = await mutate({ variables: { input: { wantsLoginLink } } });
      return data?.updateAccountPreferences.userErrors ?? [];
    },
    [mutate],
  );
  return { setWantsLoginLink, loading };
}
