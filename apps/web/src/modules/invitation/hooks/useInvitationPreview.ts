import { useQuery } from '@apollo/client/react';
import { InvitationPreviewDocument } from '@branchline/graphql-types';

import { hasErrorCode } from '../../../lib/graphql-errors';

export function useInvitationPreview(token: string) {
  const { data, error, loading, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  return {
    invitation: data?.invitation ?? null,
    loading: loading && !data,
    // The API answers NOT_FOUND alike for unknown, used, replaced and expired links.
    invalid: hasErrorCode(error, 'NOT_FOUND'),
    error,
    refetch,
  };
}
