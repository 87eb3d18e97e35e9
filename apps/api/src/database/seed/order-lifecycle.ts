import { SeededRandom } from './seeded-random';

// Column values of orders.status (the enum's member names are not ours to rely on).
export type DemoOrderStatus = 'open' | 'confirmed' | 'in_progress' | 'shipped' | 'completed' | 'cancelled';

export interface OrderLifecycle {
  status: DemoOrderStatus;
  confirmedAt: Date | null;
  shippedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Every order gets a full planned history; the status is how far that history has got by `now`.
// So old orders are completed (or cancelled) and only recent ones are still moving.
export function playLifecycle(random: SeededRandom, placedAt: Date, now: Date): OrderLifecycle {
  const placed = placedAt.getTime();
  // Some orders wait days for confirmation (credit check, release, questions on the order).
  const confirm = placed + (random.chance(0.1) ? random.int(2 * DAY, 5 * DAY) : random.int(HOUR, 30 * HOUR));
  // Picking is scheduled for the requested delivery date, usually a few days out.
  const picking = confirm + random.int(12 * HOUR, 4 * DAY);
  // A few lines on backorder hold the whole shipment.
  const ship = picking + (random.chance(0.06) ? random.int(7 * DAY, 25 * DAY) : random.int(3 * HOUR, 2 * DAY));
  const complete = ship + random.int(DAY, 5 * DAY);
  const cancel = random.chance(0.055) ? placed + random.int(20 * MINUTE, ship - placed - MINUTE) : null;
  const at = (time: number) => new Date(time);
  const reached = (time: number) => time <= now.getTime();

  if (cancel !== null && reached(cancel)) {
    return lifecycle('cancelled', confirm < cancel ? at(confirm) : null, null, null, at(cancel));
  }
  if (reached(complete)) return lifecycle('completed', at(confirm), at(ship), at(complete), null);
  if (reached(ship)) return lifecycle('shipped', at(confirm), at(ship), null, null);
  if (reached(picking)) return lifecycle('in_progress', at(confirm), null, null, null);
  if (reached(confirm)) return lifecycle('confirmed', at(confirm), null, null, null);
  return lifecycle('open', null, null, null, null);
}

// A lifecycle with a chosen status, for the hand-placed showcase orders.
export function forceLifecycle(status: DemoOrderStatus, placedAt: Date, now: Date): OrderLifecycle {
  const placed = placedAt.getTime();
  // Milestones sit between placing and now, so they are never in the future.
  const step = (fraction: number) => new Date(placed + Math.floor((now.getTime() - placed) * fraction));
  switch (status) {
    case 'open':
      return lifecycle('open', null, null, null, null);
    case 'confirmed':
    case 'in_progress':
      return lifecycle(status, step(0.2), null, null, null);
    case 'shipped':
      return lifecycle('shipped', step(0.2), step(0.6), null, null);
    case 'completed':
      return lifecycle('completed', step(0.1), step(0.4), step(0.8), null);
    case 'cancelled':
      return lifecycle('cancelled', null, null, null, step(0.1));
  }
}

function lifecycle(
  status: DemoOrderStatus,
  confirmedAt: Date | null,
  shippedAt: Date | null,
  completedAt: Date | null,
  cancelledAt: Date | null,
): OrderLifecycle {
  return { status, confirmedAt, shippedAt, completedAt, cancelledAt };
}
