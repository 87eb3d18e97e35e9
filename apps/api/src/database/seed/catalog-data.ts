import Decimal from 'decimal.js';

import { ADHESIVE_FAMILIES } from './catalog/adhesive-families';
import { CATEGORY_TREE } from './catalog/category-tree';
import { ELECTRICAL_FAMILIES } from './catalog/electrical-families';
import { FASTENER_FAMILIES } from './catalog/fastener-families';
import { PACKAGING_FAMILIES } from './catalog/packaging-families';
import { PLUMBING_FAMILIES } from './catalog/plumbing-families';
import { ProductFamily, ProductUnit } from './catalog/product-family';
import { SAFETY_FAMILIES } from './catalog/safety-families';
import { TOOL_FAMILIES } from './catalog/tool-families';
import { WORKSHOP_FAMILIES } from './catalog/workshop-families';
import { SeededRandom } from './seeded-random';

export interface CatalogCategory {
  slug: string;
  name: string;
  parentSlug: string | null;
  position: number;
}

export interface CatalogProduct {
  sku: string;
  name: string;
  description: string;
  categorySlug: string;
  // Top-level category, so customers can have favourite areas of the catalog.
  topCategorySlug: string;
  unit: ProductUnit;
  packSize: number;
  minQuantity: number;
  taxRate: string;
  listPrice: string;
  stock: number;
  active: boolean;
}

export interface Catalog {
  categories: CatalogCategory[];
  products: CatalogProduct[];
}

export const PRODUCT_FAMILIES: readonly ProductFamily[] = [
  ...FASTENER_FAMILIES,
  ...TOOL_FAMILIES,
  ...SAFETY_FAMILIES,
  ...ELECTRICAL_FAMILIES,
  ...PLUMBING_FAMILIES,
  ...ADHESIVE_FAMILIES,
  ...PACKAGING_FAMILIES,
  ...WORKSHOP_FAMILIES,
];

const UNIT_PLURALS: Record<ProductUnit, string> = {
  piece: 'pieces',
  box: 'boxes',
  pack: 'packs',
  roll: 'rolls',
  litre: 'litres',
  metre: 'metres',
  pair: 'pairs',
};

export function buildCatalog(random: SeededRandom): Catalog {
  const categories: CatalogCategory[] = [];
  const topOf = new Map<string, string>();
  CATEGORY_TREE.forEach((top, topIndex) => {
    categories.push({ slug: top.slug, name: top.name, parentSlug: null, position: topIndex });
    top.children.forEach((child, childIndex) => {
      categories.push({ slug: child.slug, name: child.name, parentSlug: top.slug, position: childIndex });
      topOf.set(child.slug, top.slug);
    });
  });

  const products: CatalogProduct[] = [];
  let skuNumber = 10100;
  for (const family of PRODUCT_FAMILIES) {
    const topCategorySlug = topOf.get(family.category);
    if (!topCategorySlug) throw new Error(`Unknown category "${family.category}" for ${family.name}`);
    family.sizes.forEach((size, sizeIndex) => {
      for (const [variant, factor] of family.variants ?? [[null, 1] as const]) {
        // Gaps in the numbering look like a catalog that has lived for years.
        skuNumber += random.int(1, 9);
        const { packSize, minQuantity } = quantities(random, family, sizeIndex);
        const price = listPrice(random, family, sizeIndex, factor);
        products.push({
          sku: `BL-${skuNumber}`,
          name: productName(family, size, variant),
          description: [family.description, quantityNote(family.unit, packSize, minQuantity)].join(' ').trim(),
          categorySlug: family.category,
          topCategorySlug,
          unit: family.unit,
          packSize,
          minQuantity,
          taxRate: family.taxRate ?? '19.00',
          listPrice: price,
          stock: stockFor(random, price, packSize),
          active: !random.chance(0.025),
        });
      }
    });
  }
  return { categories, products };
}

function productName(family: ProductFamily, size: string, variant: string | null): string {
  let name = family.name.includes('{size}') ? family.name.replace('{size}', size) : `${family.name} ${size}`;
  if (variant) name += `, ${variant}`;
  if (family.suffix) name += `, ${family.suffix}`;
  return name;
}

function quantities(
  random: SeededRandom,
  family: ProductFamily,
  sizeIndex: number,
): { packSize: number; minQuantity: number } {
  const packSize = typeof family.pack === 'number' ? family.pack : (family.pack?.[sizeIndex] ?? 1);
  let minQuantity = family.minimum ?? (packSize > 1 && random.chance(0.1) ? packSize * 2 : packSize);
  // The minimum must be orderable: round it up to whole packs.
  minQuantity = Math.ceil(minQuantity / packSize) * packSize;
  return { packSize, minQuantity };
}

function listPrice(random: SeededRandom, family: ProductFamily, sizeIndex: number, factor: number): string {
  const scale = family.scale ?? 2;
  // A little noise so neighbouring sizes do not follow a perfect curve.
  const jitter = random.decimal('0.96', '1.04', 3);
  const price = new Decimal(family.price)
    .times(new Decimal(family.growth ?? 1).pow(sizeIndex))
    .times(factor)
    .times(jitter);
  return price.toFixed(scale, Decimal.ROUND_HALF_UP);
}

function stockFor(random: SeededRandom, price: string, packSize: number): number {
  if (random.chance(0.06)) return 0;
  const packValue = new Decimal(price).times(packSize);
  const maxPacks = packValue.lessThan(20) ? 400 : packValue.lessThan(100) ? 120 : packValue.lessThan(400) ? 30 : 8;
  return random.int(1, maxPacks) * packSize;
}

function quantityNote(unit: ProductUnit, packSize: number, minQuantity: number): string {
  const plural = UNIT_PLURALS[unit];
  const parts: string[] = [];
  if (packSize > 1) parts.push(`Sold in multiples of ${packSize} ${plural}.`);
  if (minQuantity > packSize) parts.push(`Minimum order ${minQuantity} ${plural}.`);
  return parts.join(' ');
}
