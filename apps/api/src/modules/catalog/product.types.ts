import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionArgs, SortDirection } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { DecimalScalar } from '../../common/money/decimal.scalar';

export enum Availability {
  IN_STOCK = 'IN_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
}
registerEnumType(Availability, {
  name: 'Availability',
  valuesMap: {
    IN_STOCK: { description: 'Ten packs or more in stock.' },
    LOW_STOCK: { description: 'In stock, fewer than ten packs.' },
    OUT_OF_STOCK: { description: 'Nothing in stock.' },
  },
});

@ObjectType('Product')
export class ProductNode {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  sku: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'Unit of sale, e.g. piece, box, litre.' })
  unit: string;

  @Field(() => Int, { description: 'Quantities are multiples of this.' })
  packSize: number;

  @Field(() => Int, { description: 'Smallest quantity that can be ordered.' })
  minQuantity: number;

  @Field(() => DecimalScalar, { description: 'Tax rate in percent, e.g. "19.00".' })
  taxRate: string;

  @Field(() => Int, { description: 'Units in stock.' })
  stock: number;

  @Field(() => Availability)
  availability: Availability;

  @Field(() => Boolean, { description: 'False for discontinued products (still shown by id, never in lists).' })
  active: boolean;

  @Field(() => String, { nullable: true })
  imageUrl: string | null;

  // Resolved per item (see ProductsResolver).
  categoryId: string;
  listPrice: string;
  currency: string;
}

@ObjectType('ProductConnection')
export class ProductConnection extends Connection(ProductNode, 'Product') {}

@InputType()
export class ProductFilter {
  @Field(() => ID, { nullable: true, description: 'Products in this category or any of its subcategories.' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the name, the SKU or the company's own number." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only products in stock.' })
  onlyAvailable?: boolean | null;
}

export enum ProductSortField {
  NAME = 'NAME',
  SKU = 'SKU',
  LIST_PRICE = 'LIST_PRICE',
}
registerEnumType(ProductSortField, {
  name: 'ProductSortField',
  valuesMap: { LIST_PRICE: { description: 'The list price (customer prices differ per quantity).' } },
});

@InputType()
export class ProductOrderBy {
  @Field(() => ProductSortField)
  field: ProductSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class ProductsArgs extends ConnectionArgs {
  @Field(() => ProductFilter, { nullable: true })
  filter?: ProductFilter | null;

  @Field(() => ProductOrderBy, { nullable: true, description: 'Default: by name, A to Z.' })
  orderBy?: ProductOrderBy | null;
}

@ArgsType()
export class ProductPriceArgs {
  @Field(() => Int, { defaultValue: 1, description: 'The quantity to price, in units.' })
  quantity: number;
}
