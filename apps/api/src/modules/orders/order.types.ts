import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionArgs, SortDirection } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { DecimalScalar } from '../../common/money/decimal.scalar';
import { Money } from '../../common/money/money.type';
import { PostalAddressFields } from '../companies/postal-address.types';
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

  @Field(() => String, { nullable: true, description: 'The comment the buyer wrote on this line.' })
  comment: string | null;
}

@ObjectType('OrderAddress', { description: 'An address as it was when the order was placed.' })
export class OrderAddressNode extends PostalAddressFields {}

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

  @Field(() => OrderAddressNode, { nullable: true, description: 'Null on orders from before online checkout.' })
  billingAddress: OrderAddressNode | null;

  @Field(() => OrderAddressNode, { nullable: true, description: 'Null on orders from before online checkout.' })
  shippingAddress: OrderAddressNode | null;

  @Field(() => String, { nullable: true, description: 'The order note written at checkout.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping method name at the time of ordering.' })
  shippingMethodName: string | null;

  @Field(() => Money, { description: 'Net shipping cost, included in netTotal.' })
  shippingCost: Money;

  @Field(() => String, { nullable: true, description: 'Payment method name at the time of ordering.' })
  paymentMethodName: string | null;

  // Resolved per item through DataLoaders (see OrderResolver).
  placedById: string;
  placedByRepId: string | null;
  costCenterId: string | null;
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

  @Field(() => DecimalScalar, { nullable: true, description: 'Gross total at least this amount.' })
  grossTotalMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Gross total at most this amount.' })
  grossTotalMax?: string | null;

  @Field(() => ID, { nullable: true, description: 'Orders with a line for this product.' })
  productId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Orders with a line whose SKU or product name contains this text.',
  })
  productSearch?: string | null;

  @Field(() => ID, { nullable: true, description: 'Orders booked on this cost center.' })
  costCenterId?: string | null;
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
