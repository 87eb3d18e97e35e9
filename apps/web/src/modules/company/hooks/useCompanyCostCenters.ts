import { useQuery } from '@apollo/client/react';
import { CompanyCostCentersDocument } from '@branchline/graphql-types';

// Companies keep a handful of cost centers: one page of 100 shows them all.
const COST_CENTERS_PAGE_SIZE = 100;

export function useCompanyCostCenters() {
  const { data, error, loading, refetch } = useQuery(CompanyCostCentersDocument, {
    variables: { first: COST_CENTERS_PAGE_SIZE },
  });
  return {
    costCenters: data?.costCenters.edges.map((edge) => edge.node) ?? [],
    totalCount: data?.costCenters.totalCount ?? 0,
    loading: loading && !data,
    error,
    refetch,
  };
}
