import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionArgs, SortDirection } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { DecimalScalar } from '../../common/money/decimal.scalar';
import { Money } from '../../common/money/money.type';
import { OrderStatus } from './order-status';

@ObjectType('Person', { description: 'Someone who acted: an employee or a sales rep.' })
export class PersonNode {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String)
  email: string;
}

@ObjectType('OrderLine')
export class OrderLineNode {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => ID)
  productId: string;

  @Field(() => String, { description: 'The SKU at the time of ordering.' })
  sku: string;

  @Field(() => String, { description: 'The product name at the time of ordering.' })
  name: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Money)
  unitPrice: Money;

  @Field(() => Money)
  netAmount: Money;

  @Field(() => DecimalScalar, { description: 'Tax rate in percent, e.g. "19.00".' })
  taxRate: string;
}

@ObjectType('Order')
export class OrderNode {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Human order number, e.g. SO-2026-000123.' })
  number: string;

  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field(() => Date)
  placedAt: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  shippedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Money)
  netTotal: Money;

  @Field(() => Money)
  taxTotal: Money;

  @Field(() => Money)
  grossTotal: Money;

  @Field(() => String, { nullable: true })
  purchaseOrderNumber: string | null;

  @Field(() => Int)
  lineCount: number;

  // Resolved per item through DataLoaders (see OrderResolver).
  placedById: string;
  placedByRepId: string | null;
}

@ObjectType('OrderConnection')
export class OrderConnection extends Connection(OrderNode, 'Order') {}

@InputType()
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true })
  statuses?: OrderStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Placed at or after this instant.' })
  placedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Placed before this instant.' })
  placedTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Part of the order number or purchase order number.' })
  search?: string | null;
}

export enum OrderSortField {
  PLACED_AT = 'PLACED_AT',
  NUMBER = 'NUMBER',
  GROSS_TOTAL = 'GROSS_TOTAL',
}
registerEnumType(OrderSortField, { name: 'OrderSortField' });

@InputType()
export class OrderOrderBy {
  @Field(() => OrderSortField)
  field: OrderSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class OrdersArgs extends ConnectionArgs {
  @Field(() => OrderFilter, { nullable: true })
  filter?: OrderFilter | null;

  @Field(() => OrderOrderBy, { nullable: true, description: 'Default: newest first.' })
  orderBy?: OrderOrderBy | null;
}
