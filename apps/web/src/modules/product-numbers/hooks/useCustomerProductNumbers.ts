import { useQuery } from '@apollo/client/react';
import type { CustomerProductNumberFilter, CustomerProductNumberOrderBy } from '@branchline/graphql-types';
import { CustomerProductNumbersDocument } from '@branchline/graphql-types';

import { usePagedConnection } from '../../../lib/use-paged-connection';

export const PRODUCT_NUMBERS_PAGE_SIZE = 25;

export interface UseCustomerProductNumbersOptions {
  filter?: CustomerProductNumberFilter;
  orderBy: CustomerProductNumberOrderBy;
}

export function useCustomerProductNumbers({ filter, orderBy }: UseCustomerProductNumbersOptions) {
  const query = useQuery(CustomerProductNumbersDocument, {
    variables: { first: PRODUCT_NUMBERS_PAGE_SIZE, after: null, filter: filter ?? null, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, ...page } = usePagedConnection(query, (data) => data.customerProductNumbers);
  return { numbers: nodes, ...page };
}
