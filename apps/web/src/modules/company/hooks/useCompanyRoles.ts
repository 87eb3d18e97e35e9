import { useQuery } from '@apollo/client/react';
import { CompanyRolesDocument } from '@branchline/graphql-types';

export function useCompanyRoles() {
  const { data, error, loading, refetch } = useQuery(CompanyRolesDocument);
  return {
    roles: data?.roles ?? [],
    permissionCatalog: data?.permissionCatalog ?? [],
    loading: loading && !data,
    error,
    refetch,
  };
}
