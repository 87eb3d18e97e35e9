import { PRESET_ROLES } from '../../modules/companies/preset-roles';
import { CatalogProduct } from './catalog-data';
import { ACME, DemoCompany } from './company-data';
import { DemoUser } from './demo-users';
import { DemoOrderStatus, forceLifecycle, OrderLifecycle, playLifecycle } from './order-lifecycle';
import { buildOrderLines, DemoOrderLine, LineChoice, OrderTotals, orderTotals } from './order-lines';
import { SeededRandom } from './seeded-random';

export interface DemoOrder extends OrderTotals, OrderLifecycle {
  number: string;
  customerNumber: string;
  placedByEmail: string;
  repEmail: string | null;
  purchaseOrderNumber: string | null;
  placedAt: Date;
  lines: DemoOrderLine[];
}

type UnnumberedOrder = Omit<DemoOrder, 'number'>;

interface Orderer {
  email: string;
  weight: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HISTORY_DAYS = 548;
const SHOWCASE_BUYER = 'buyer@acme.test';
// Preset roles that may place orders (Buyer, Purchasing lead), read from the permission value.
const ORDERING_ROLES = new Set(
  PRESET_ROLES.filter((role) => role.permissions.some((permission) => String(permission) === 'place_orders')).map(
    (role) => role.name,
  ),
);

export function generateOrders(
  random: SeededRandom,
  companies: readonly DemoCompany[],
  users: readonly DemoUser[],
  products: readonly CatalogProduct[],
  now: Date,
): DemoOrder[] {
  const catalog = products.filter((product) => product.active);
  const orders: UnnumberedOrder[] = [];
  for (const company of companies) {
    const orderers = orderersOf(users, company.customerNumber);
    const reps = users.filter((user) => user.assignments.includes(company.customerNumber)).map((user) => user.email);
    const choice = lineChoice(random, company, catalog);
    for (let index = 0; index < company.orderCount; index++) {
      const placedAt = placedAtFor(random, now);
      orders.push(
        draftOrder(random, company, choice, {
          placedAt,
          placedByEmail: random.weighted(
            orderers,
            orderers.map((orderer) => orderer.weight),
          ).email,
          repEmail: company.kind === 'b2b' && reps.length > 0 && random.chance(0.1) ? random.pick(reps) : null,
          lifecycle: playLifecycle(random, placedAt, now),
        }),
      );
    }
    if (company.customerNumber === ACME) orders.push(...showcaseOrders(random, company, choice, now));
  }
  return numberOrders(orders);
}

// Who may order: admins, buyers and purchasing leads with an active membership. The demo buyers order most.
function orderersOf(users: readonly DemoUser[], customerNumber: string): Orderer[] {
  const orderers: Orderer[] = [];
  for (const user of users) {
    const membership = user.memberships.find((candidate) => candidate.customerNumber === customerNumber);
    if (!membership?.active || !(membership.isAdmin || ORDERING_ROLES.has(membership.role ?? ''))) continue;
    const weight = user.email.startsWith('buyer@') ? 6 : membership.isAdmin ? 1 : membership.role === 'Buyer' ? 2 : 3;
    orderers.push({ email: user.email, weight });
  }
  if (orderers.length === 0) throw new Error(`Nobody can order for ${customerNumber}`);
  return orderers;
}

function lineChoice(random: SeededRandom, company: DemoCompany, catalog: readonly CatalogProduct[]): LineChoice {
  const inFocus = catalog.filter((product) => company.focus.includes(product.topCategorySlug));
  const favourites = random.sample(inFocus, company.kind === 'b2b' ? 60 : 20);
  return { favourites, catalog, discount: company.discount };
}

// Business hours on working days, spread evenly over the last 18 months.
function placedAtFor(random: SeededRandom, now: Date): Date {
  let daysAgo = random.int(0, HISTORY_DAYS - 1);
  const weekday = new Date(now.getTime() - daysAgo * DAY).getUTCDay();
  if ((weekday === 0 || weekday === 6) && random.chance(0.85)) daysAgo += weekday === 6 ? 1 : 2;
  const day = new Date(now.getTime() - daysAgo * DAY);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const placed = midnight + random.int(6 * HOUR, 17 * HOUR) + random.int(0, 59) * 1000;
  return new Date(placed <= now.getTime() ? placed : now.getTime() - random.int(5 * MINUTE, 3 * HOUR));
}

function draftOrder(
  random: SeededRandom,
  company: DemoCompany,
  choice: LineChoice,
  facts: { placedAt: Date; placedByEmail: string; repEmail: string | null; lifecycle: OrderLifecycle },
): UnnumberedOrder {
  const lines = buildOrderLines(random, choice);
  const hasPurchaseOrder = company.kind === 'b2b' && random.chance(0.4);
  return {
    customerNumber: company.customerNumber,
    placedByEmail: facts.placedByEmail,
    repEmail: facts.repEmail,
    purchaseOrderNumber: hasPurchaseOrder ? `PO-${company.poPrefix}-${random.int(10000, 99999)}` : null,
    placedAt: facts.placedAt,
    ...facts.lifecycle,
    ...orderTotals(lines),
    lines,
  };
}

// Hand-placed orders for the demo buyer, so every status shows up and the current calendar year always has
// open orders, even on the 1st of January.
function showcaseOrders(random: SeededRandom, company: DemoCompany, choice: LineChoice, now: Date): UnnumberedOrder[] {
  const windowStart = Math.max(currentYearStart(now), now.getTime() - 5 * DAY);
  const span = now.getTime() - windowStart;
  const plan: Array<[DemoOrderStatus, Date]> = [1, 2, 3, 4, 5].map((step) => [
    'open',
    new Date(windowStart + Math.floor((span * step) / 6)),
  ]);
  plan.push(
    ['confirmed', new Date(now.getTime() - 2 * DAY)],
    ['in_progress', new Date(now.getTime() - 3 * DAY)],
    ['cancelled', new Date(now.getTime() - 4 * DAY)],
    ['shipped', new Date(now.getTime() - 6 * DAY)],
  );
  return plan.map(([status, placedAt]) =>
    draftOrder(random, company, choice, {
      placedAt,
      placedByEmail: SHOWCASE_BUYER,
      repEmail: null,
      lifecycle: forceLifecycle(status, placedAt, now),
    }),
  );
}

// Later of the UTC and the Central European new year, so "this year" holds in either time zone.
function currentYearStart(now: Date): number {
  const utcStart = Date.UTC(now.getUTCFullYear(), 0, 1);
  const cetYear = new Date(now.getTime() + HOUR).getUTCFullYear();
  return Math.max(utcStart, Date.UTC(cetYear - 1, 11, 31, 23));
}

// SO-<year>-<sequence>, counting up through each year in the order the orders were placed.
function numberOrders(orders: UnnumberedOrder[]): DemoOrder[] {
  const sorted = orders
    .map((order, index) => ({ order, index }))
    .sort((a, b) => a.order.placedAt.getTime() - b.order.placedAt.getTime() || a.index - b.index);
  const sequences = new Map<number, number>();
  return sorted.map(({ order }) => {
    const year = order.placedAt.getUTCFullYear();
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    return { number: `SO-${year}-${String(sequence).padStart(6, '0')}`, ...order };
  });
}
