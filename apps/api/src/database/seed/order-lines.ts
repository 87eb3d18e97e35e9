import Decimal from 'decimal.js';

import { CatalogProduct } from './catalog-data';
import { SeededRandom } from './seeded-random';

export interface DemoOrderLine {
  position: number;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string;
  netAmount: string;
  taxRate: string;
}

export interface OrderTotals {
  netTotal: string;
  taxTotal: string;
  grossTotal: string;
}

export interface LineChoice {
  // Products this customer keeps buying; the rest of the active catalog fills the gaps.
  favourites: readonly CatalogProduct[];
  catalog: readonly CatalogProduct[];
  // Percent off list price on contract items, "0" for none.
  discount: string;
}

// Small orders are the norm; the occasional big restock reaches eight lines.
const LINE_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8];
const LINE_COUNT_WEIGHTS = [16, 22, 20, 14, 10, 8, 5, 5];
const PACKS = [1, 2, 3, 4, 5, 6, 8, 10, 15, 20];
const PACK_WEIGHTS = [30, 20, 12, 8, 10, 4, 4, 6, 3, 3];

export function buildOrderLines(random: SeededRandom, choice: LineChoice): DemoOrderLine[] {
  const count = random.weighted(LINE_COUNTS, LINE_COUNT_WEIGHTS);
  const chosen = new Set<CatalogProduct>();
  while (chosen.size < count) {
    const source = random.chance(0.75) ? choice.favourites : choice.catalog;
    chosen.add(random.pick(source));
  }
  return [...chosen].map((product, index) => {
    const quantity = quantityFor(random, product);
    const unitPrice = priceFor(random, product, choice.discount);
    const netAmount = new Decimal(unitPrice).times(quantity).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return {
      position: index + 1,
      sku: product.sku,
      name: product.name,
      quantity,
      unitPrice,
      netAmount: netAmount.toFixed(2),
      taxRate: product.taxRate,
    };
  });
}

// Tax is rounded per line, as the invoice shows it; the order's totals are sums of the lines.
export function orderTotals(lines: readonly DemoOrderLine[]): OrderTotals {
  let net = new Decimal(0);
  let tax = new Decimal(0);
  for (const line of lines) {
    net = net.plus(line.netAmount);
    tax = tax.plus(
      new Decimal(line.netAmount).times(line.taxRate).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    );
  }
  return { netTotal: net.toFixed(2), taxTotal: tax.toFixed(2), grossTotal: net.plus(tax).toFixed(2) };
}

function quantityFor(random: SeededRandom, product: CatalogProduct): number {
  const packValue = new Decimal(product.listPrice).times(product.packSize);
  // Nobody orders twenty workbenches: expensive packs come in ones and twos.
  const packs = packValue.greaterThan(150)
    ? random.weighted([1, 2, 3], [70, 22, 8])
    : random.weighted(PACKS, PACK_WEIGHTS);
  return Math.max(product.minQuantity, packs * product.packSize);
}

function priceFor(random: SeededRandom, product: CatalogProduct, discount: string): string {
  const listPrice = new Decimal(product.listPrice);
  if (discount === '0' || !random.chance(0.4)) return listPrice.toFixed(4);
  const factor = new Decimal(100).minus(discount).dividedBy(100);
  return listPrice.times(factor).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}
