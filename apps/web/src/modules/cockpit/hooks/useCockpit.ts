import { useQuery } from '@apollo/client/react';
import { CockpitDocument } from '@branchline/graphql-types';

export function useCockpit() {
  const { data, loading, error, refetch } = useQuery(CockpitDocument);
  return { cockpit: data?.cockpit ?? null, loading, error, refetch };
}
