import { useQuery } from '@apollo/client/react';
import { ProductOwnNumberDocument } from '@branchline/graphql-types';

export function useProductOwnNumber(productId: string) {
  const { data, loading, error } = useQuery(ProductOwnNumberDocument, { variables: { productId } });
  return { ownNumber: data?.customerProductNumbers.edges[0]?.node ?? null, loading, error };
}
