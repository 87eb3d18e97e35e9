import { useQuery } from '@apollo/client/react';
import { SalesCustomersDocument } from '@branchline/graphql-types';

import { usePagedConnection } from '../../../lib/use-paged-connection';

export const SALES_CUSTOMERS_PAGE_SIZE = 20;

export function useSalesCustomers(search: string) {
  const trimmed = search.trim();
  const query = useQuery(SalesCustomersDocument, {
    variables: { first: SALES_CUSTOMERS_PAGE_SIZE, after: null, filter: trimmed ? { search: trimmed } : null },
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, ...page } = usePagedConnection(query, (data) => data.salesCustomers);
  return { customers: nodes, ...page };
}
