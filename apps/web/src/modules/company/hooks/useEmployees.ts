import { useQuery } from '@apollo/client/react';
import type { EmployeeFilter } from '@branchline/graphql-types';
import { EmployeesDocument } from '@branchline/graphql-types';

import { usePagedConnection } from '../../../lib/use-paged-connection';

export const EMPLOYEES_PAGE_SIZE = 25;

export function useEmployees(filter: EmployeeFilter) {
  const query = useQuery(EmployeesDocument, {
    variables: { first: EMPLOYEES_PAGE_SIZE, after: null, filter, orderBy: { field: 'NAME', direction: 'ASC' } },
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, ...page } = usePagedConnection(query, (data) => data.employees);
  return { employees: nodes, ...page };
}
