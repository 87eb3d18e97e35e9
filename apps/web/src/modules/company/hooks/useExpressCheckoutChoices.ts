import { useQuery } from '@apollo/client/react';
import { ExpressCheckoutChoicesDocument } from '@branchline/graphql-types';

// Only admins edit the defaults, so only they load the choices.
export function useExpressCheckoutChoices(skip: boolean) {
  const { data, error, loading } = useQuery(ExpressCheckoutChoicesDocument, { skip });
  return {
    addresses: data?.addresses.edges.map((edge) => edge.node) ?? [],
    costCenters: data?.costCenters.edges.map((edge) => edge.node) ?? [],
    shippingMethods: data?.shippingMethods ?? [],
    paymentMethods: data?.paymentMethods ?? [],
    loading: loading && !data,
    error,
  };
}
