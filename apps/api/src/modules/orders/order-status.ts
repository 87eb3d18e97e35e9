import { registerEnumType } from '@nestjs/graphql';

export enum OrderStatus {
  OPEN = 'open',
  CONFIRMED = 'confirmed',
  IN_PROGRESS = 'in_progress',
  SHIPPED = 'shipped',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}

// Orders the customer still waits for: the cockpit's "open orders".
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = [
  OrderStatus.OPEN,
  OrderStatus.CONFIRMED,
  OrderStatus.IN_PROGRESS,
  OrderStatus.SHIPPED,
];

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  valuesMap: {
    OPEN: { description: 'Received, not yet confirmed by the distributor.' },
    CONFIRMED: { description: 'Confirmed by the distributor.' },
    IN_PROGRESS: { description: 'Being picked and packed.' },
    SHIPPED: { description: 'Handed to the carrier.' },
    COMPLETED: { description: 'Delivered and closed.' },
    CANCELLED: { description: 'Cancelled before completion.' },
  },
});
