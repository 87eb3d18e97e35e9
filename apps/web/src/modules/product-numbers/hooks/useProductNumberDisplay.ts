import { useQuery } from '@apollo/client/react';
import { ProductNumberDisplayDocument } from '@branchline/graphql-types';

export function useProductNumberDisplay() {
  const { data, loading, error } = useQuery(ProductNumberDisplayDocument);
  return { display: data?.catalogSettings.productNumberDisplay ?? null, loading, error };
}
