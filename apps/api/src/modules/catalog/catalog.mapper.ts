import { Category } from './category.entity';
import { CategoryNode } from './category.types';
import { Product } from './product.entity';
import { Availability, ProductNode } from './product.types';

// Fewer than this many packs in stock counts as low.
const LOW_STOCK_PACKS = 10;

export function toProductNode(product: Product): ProductNode {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    unit: product.unit,
    packSize: product.packSize,
    minQuantity: product.minQuantity,
    taxRate: product.taxRate,
    stock: product.stock,
    availability: availabilityOf(product),
    active: product.active,
    imageUrl: product.imageUrl,
    categoryId: product.categoryId,
    listPrice: product.listPrice,
    currency: product.currency,
  };
}

export function toCategoryNode(category: Category): CategoryNode {
  return {
    id: category.id,
    parentId: category.parentId,
    name: category.name,
    slug: category.slug,
    position: category.position,
  };
}

function availabilityOf(product: Product): Availability {
  if (product.stock <= 0) return Availability.OUT_OF_STOCK;
  return product.stock < product.packSize * LOW_STOCK_PACKS ? Availability.LOW_STOCK : Availability.IN_STOCK;
}
