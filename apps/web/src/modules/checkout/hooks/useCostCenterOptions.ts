import { useQuery } from '@apollo/client/react';
import { CostCenterOptionsDocument } from '@branchline/graphql-types';

// Every cost center, inactive ones too: past orders may be booked on them.
export function useCostCenterOptions() {
  const { data, loading } = useQuery(CostCenterOptionsDocument);
  return { costCenters: data?.costCenters.edges.map((edge) => edge.node) ?? [], loading };
}
