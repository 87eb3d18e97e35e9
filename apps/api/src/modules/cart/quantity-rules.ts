import { LIMITS } from '../../common/limits';

// What quantities a product may be ordered in: whole units, at least the minimum, in whole packs.
export const MAX_LINE_QUANTITY = LIMITS.lineQuantity.max;

export type QuantityRuleProduct = { sku: string; name: string; packSize: number; minQuantity: number };

export type QuantityProblem = {
  code: 'INVALID_QUANTITY' | 'BELOW_MINIMUM' | 'NOT_PACK_MULTIPLE';
  message: string;
  // The nearest quantities that would be accepted, for the SPA to offer.
  allowed: number[];
};

// The smallest orderable quantity: the minimum rounded up to whole packs.
export function smallestQuantity(product: QuantityRuleProduct): number {
  return Math.ceil(product.minQuantity / product.packSize) * product.packSize;
}

export function quantityProblem(product: QuantityRuleProduct, quantity: number): QuantityProblem | null {
  const label = `${product.name} (${product.sku})`;
  const smallest = smallestQuantity(product);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
    return {
      code: 'INVALID_QUANTITY',
      message: `Enter a whole number of units between ${smallest} and ${MAX_LINE_QUANTITY} for ${label}.`,
      allowed: [smallest],
    };
  }
  if (quantity < product.minQuantity) {
    return {
      code: 'BELOW_MINIMUM',
      message: `${label} can be ordered from ${product.minQuantity} units; the smallest quantity is ${smallest}.`,
      allowed: [smallest],
    };
  }
  if (quantity % product.packSize !== 0) {
    const below = Math.floor(quantity / product.packSize) * product.packSize;
    const above = below + product.packSize;
    const allowed = [below, above].filter((value) => value >= smallest);
    return {
      code: 'NOT_PACK_MULTIPLE',
      message: `${label} comes in packs of ${product.packSize}: order ${allowed.join(' or ')} instead of ${quantity}.`,
      allowed,
    };
  }
  return null;
}

// The one check for an amount added onto a cart line (addToCart, fast order, reorder): the amount a
// positive whole number, and the line's new total within every rule above, the maximum included, so
// the cart never holds a line the checkout refuses.
export function addedQuantityProblem(
  product: QuantityRuleProduct,
  inCart: number,
  added: number,
): QuantityProblem | null {
  if (!Number.isInteger(added) || added < 1) return quantityProblem(product, 0);
  const problem = quantityProblem(product, inCart + added);
  if (!problem || inCart === 0) return problem;
  return { ...problem, message: `With the ${inCart} already in the cart: ${problem.message}` };
}
