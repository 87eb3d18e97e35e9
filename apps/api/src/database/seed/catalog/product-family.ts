// A family is one base product offered in several sizes and variants; the catalog builder multiplies
// them out, so a few hundred lines of data give a catalog of several hundred believable products.
export type ProductUnit = 'piece' | 'box' | 'pack' | 'roll' | 'litre' | 'metre' | 'pair';

export interface ProductFamily {
  // Slug of the subcategory the products belong to.
  category: string;
  // "{size}" marks where the size goes; without it the size follows the name ("Hex bolt DIN 933 M8x40").
  name: string;
  // One product per size and variant.
  sizes: readonly string[];
  // Label and price factor ("stainless A2", 2.6); the label follows a comma in the name.
  variants?: ReadonlyArray<readonly [label: string, factor: number]>;
  // Closes the name after the variant ("pack of 100").
  suffix?: string;
  unit: ProductUnit;
  // Order increment in units, per size when it shrinks for bigger sizes.
  pack?: number | readonly number[];
  // Minimum order quantity in units when above one pack; always a multiple of the pack.
  minimum?: number;
  // Net list price of the first size and variant, per unit.
  price: string;
  // Price factor from one size to the next.
  growth?: number;
  // Decimal places of the list price: 4 for cheap items sold by the hundred.
  scale?: 2 | 4;
  taxRate?: '19.00' | '7.00';
  description: string;
}
