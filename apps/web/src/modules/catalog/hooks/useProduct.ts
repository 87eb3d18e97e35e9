import { useQuery } from '@apollo/client/react';
import { CatalogProductDocument } from '@branchline/graphql-types';

import { hasErrorCode } from '../../../lib/graphql-errors';

export function useProduct(id: string) {
  const { data, loading, error, refetch } = useQuery(CatalogProductDocument, { variables: { id } });
  // Products outside the company's assortment answer NOT_FOUND like missing ones; a malformed id is just as unknown.
  const notFound = hasErrorCode(error, 'NOT_FOUND', 'BAD_USER_INPUT');
  return { product: data?.product ?? null, loading, error: notFound ? undefined : error, notFound, refetch };
}
