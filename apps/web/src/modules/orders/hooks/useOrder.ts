import { useQuery } from '@apollo/client/react';
import { OrderDocument } from '@branchline/graphql-types';

import { hasErrorCode } from '../../../lib/graphql-errors';

export function useOrder(id: string) {
  const { data, loading, error, refetch } = useQuery(OrderDocument, { variables: { id } });
  // Another tenant's order answers NOT_FOUND like a missing one; a malformed id is just as unknown.
  const notFound = hasErrorCode(error, 'NOT_FOUND', 'BAD_USER_INPUT');
  return { order: data?.order ?? null, loading, error: notFound ? undefined : error, notFound, refetch };
}
