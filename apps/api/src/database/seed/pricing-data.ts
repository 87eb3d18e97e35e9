import Decimal from 'decimal.js';

import { CatalogProduct } from './catalog-data';
import { ACME, DemoCompany, GLOBEX } from './company-data';
import { SeededRandom } from './seeded-random';

export interface DemoContractPrice {
  customerNumber: string;
  sku: string;
  unitPrice: string;
  validFrom: Date;
  validTo: Date | null;
}

export interface DemoTierPrice {
  sku: string;
  // null: a public list tier.
  customerNumber: string | null;
  minQuantity: number;
  unitPrice: string;
}

export interface DemoProductNumber {
  customerNumber: string;
  sku: string;
  number: string;
}

export interface DemoCatalogSettings {
  customerNumber: string;
  // Restricted companies see only `assortment`.
  assortment: string[] | null;
  productNumberDisplay: 'hidden' | 'additional' | 'replacing';
}

export interface CatalogConditions {
  contractPrices: DemoContractPrice[];
  tierPrices: DemoTierPrice[];
  productNumbers: DemoProductNumber[];
  settings: DemoCatalogSettings[];
}

const DAY = 24 * 60 * 60_000;
// Globex buys for building sites: its contract covers only these top categories.
const GLOBEX_ASSORTMENT = ['fasteners', 'tools', 'adhesives', 'safety'];
// Customers that maintain their own article numbers, with the prefix they use and how they show them.
const NUMBERING: ReadonlyArray<{
  customerNumber: string;
  prefix: string;
  count: number;
  display: DemoCatalogSettings['productNumberDisplay'];
}> = [
  { customerNumber: ACME, prefix: 'ACME-4711-', count: 120, display: 'additional' },
  { customerNumber: 'C-10003', prefix: 'RMB-', count: 40, display: 'replacing' },
];

// Contract prices (current, expired, future), list and customer tiers, Globex's restricted assortment and
// customers' own numbers. Pure: the same random stream and `now` give the same conditions.
export function buildCatalogConditions(
  random: SeededRandom,
  companies: readonly DemoCompany[],
  products: readonly CatalogProduct[],
  now: Date,
): CatalogConditions {
  const active = products.filter((product) => product.active);
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const contractPrices: DemoContractPrice[] = [];
  const tierPrices: DemoTierPrice[] = [];

  for (const company of companies) {
    if (company.kind !== 'b2b' || company.discount === '0') continue;
    const scope = company.customerNumber === GLOBEX ? GLOBEX_ASSORTMENT : company.focus;
    const focus = active.filter((product) => scope.includes(product.topCategorySlug));
    const share = company.customerNumber === ACME ? 0.45 : 0.25;
    const chosen = random.sample(focus, Math.round(focus.length * share));
    const chosenSkus = new Set(chosen.map((product) => product.sku));
    for (const product of chosen) {
      const validFrom = at(-random.int(20, 400));
      const validTo = random.chance(0.35) ? null : at(random.int(30, 400));
      const percentOff = new Decimal(company.discount).plus(random.int(0, 6));
      contractPrices.push({
        customerNumber: company.customerNumber,
        sku: product.sku,
        unitPrice: off(product, percentOff),
        validFrom,
        validTo,
      });
      // Some agreements replaced an older, cheaper one: history that must not apply any more.
      if (random.chance(0.15)) {
        contractPrices.push({
          customerNumber: company.customerNumber,
          sku: product.sku,
          unitPrice: off(product, percentOff.plus(10)),
          validFrom: at(-random.int(450, 700)),
          validTo: validFrom,
        });
      }
    }
    const rest = focus.filter((product) => !chosenSkus.has(product.sku));
    const [expired, future] = [random.sample(rest, 15), random.sample(rest, 20).slice(15)];
    for (const product of expired) {
      contractPrices.push({
        customerNumber: company.customerNumber,
        sku: product.sku,
        unitPrice: off(product, new Decimal(company.discount).plus(8)),
        validFrom: at(-random.int(200, 500)),
        validTo: at(-random.int(1, 90)),
      });
    }
    for (const product of future.filter((candidate) => !expired.includes(candidate))) {
      contractPrices.push({
        customerNumber: company.customerNumber,
        sku: product.sku,
        unitPrice: off(product, new Decimal(company.discount).plus(4)),
        validFrom: at(random.int(10, 60)),
        validTo: null,
      });
    }
    if (company.customerNumber === ACME) {
      for (const product of random.sample(focus, 25)) {
        tierPrices.push({
          sku: product.sku,
          customerNumber: ACME,
          minQuantity: orderableBase(product) * 10,
          unitPrice: off(product, new Decimal(company.discount).plus(9)),
        });
      }
    }
  }

  // Public volume prices on a good share of the catalog, in whole packs above the minimum.
  for (const product of active) {
    if (!random.chance(0.45)) continue;
    const base = orderableBase(product);
    tierPrices.push({
      sku: product.sku,
      customerNumber: null,
      minQuantity: base * 5,
      unitPrice: off(product, new Decimal(random.int(2, 4))),
    });
    tierPrices.push({
      sku: product.sku,
      customerNumber: null,
      minQuantity: base * 20,
      unitPrice: off(product, new Decimal(random.int(6, 8))),
    });
    if (random.chance(0.5)) {
      tierPrices.push({
        sku: product.sku,
        customerNumber: null,
        minQuantity: base * 50,
        unitPrice: off(product, new Decimal(12)),
      });
    }
  }

  const productNumbers: DemoProductNumber[] = [];
  for (const numbering of NUMBERING) {
    const company = companies.find((candidate) => candidate.customerNumber === numbering.customerNumber);
    if (!company) continue;
    const focus = active.filter((product) => company.focus.includes(product.topCategorySlug));
    const numbered = random.sample(focus, numbering.count).sort((a, b) => a.sku.localeCompare(b.sku));
    let next = 10000;
    for (const product of numbered) {
      next += random.int(1, 40);
      productNumbers.push({
        customerNumber: company.customerNumber,
        sku: product.sku,
        number: `${numbering.prefix}${next}`,
      });
    }
  }

  const settings: DemoCatalogSettings[] = [
    {
      customerNumber: GLOBEX,
      assortment: products
        .filter((product) => GLOBEX_ASSORTMENT.includes(product.topCategorySlug))
        .map((product) => product.sku),
      productNumberDisplay: 'additional',
    },
    ...NUMBERING.map((numbering) => ({
      customerNumber: numbering.customerNumber,
      assortment: null,
      productNumberDisplay: numbering.display,
    })),
  ];
  return { contractPrices, tierPrices, productNumbers, settings };
}

// Smallest orderable quantity, so tiers land on whole packs above the minimum.
function orderableBase(product: CatalogProduct): number {
  return Math.max(product.minQuantity, product.packSize);
}

function off(product: CatalogProduct, percent: Decimal): string {
  return new Decimal(product.listPrice)
    .times(new Decimal(100).minus(percent))
    .dividedBy(100)
    .toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
    .toFixed(4);
}
