import { useQuery } from '@apollo/client/react';
import { CatalogProductPriceDocument } from '@branchline/graphql-types';

// The API resolves the price for the quantity (contract, tier, list); the SPA never computes one.
export function useProductPrice(id: string, quantity: number) {
  const { data, previousData, loading, error } = useQuery(CatalogProductPriceDocument, {
    variables: { id, quantity },
  });
  return { price: (data ?? previousData)?.product.price ?? null, loading, error };
}
