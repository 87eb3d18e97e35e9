import { useQuery } from '@apollo/client/react';
import type { OrderFilter, OrderOrderBy } from '@branchline/graphql-types';
import { OrdersDocument } from '@branchline/graphql-types';

import { usePagedConnection } from '../../../lib/use-paged-connection';

export const ORDERS_PAGE_SIZE = 20;

export interface UseOrdersOptions {
  filter?: OrderFilter;
  orderBy: OrderOrderBy;
}

export function useOrders({ filter, orderBy }: UseOrdersOptions) {
  const query = useQuery(OrdersDocument, {
    variables: { first: ORDERS_PAGE_SIZE, after: null, filter: filter ?? null, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, ...page } = usePagedConnection(query, (data) => data.orders);
  return { orders: nodes, ...page };
}
