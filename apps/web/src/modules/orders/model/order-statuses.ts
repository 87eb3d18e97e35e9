import type { OrderStatus } from '@branchline/graphql-types';

// Keyed by status, so a status the schema adds fails the typecheck here until it is placed in the lifecycle.
const LIFECYCLE: Record<OrderStatus, true> = {
  OPEN: true,
  CONFIRMED: true,
  IN_PROGRESS: true,
  SHIPPED: true,
  COMPLETED: true,
  CANCELLED: true,
};

// Every status in lifecycle order, as the status filter lists them.
export const ORDER_STATUSES = Object.keys(LIFECYCLE) as OrderStatus[];
