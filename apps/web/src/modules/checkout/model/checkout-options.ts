import type { CheckoutOptionsQuery } from '@branchline/graphql-types';

// What the checkout offers to choose from (address book, cost centers, methods) and the company's defaults.
export type CheckoutOptions = CheckoutOptionsQuery;
export type CheckoutDefaultsData = CheckoutOptionsQuery['checkoutDefaults'];
