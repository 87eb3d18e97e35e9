import { Field, Int, ObjectType } from '@nestjs/graphql';

import { Money } from '../../common/money/money.type';
import { OrderNode } from '../orders/order.types';

@ObjectType('Cockpit', { description: "The customer's overview of open and past business." })
export class CockpitNode {
  @Field(() => Int)
  openOrderCount: number;

  @Field(() => Money, { description: 'Gross value of all open orders.' })
  openOrdersValue: Money;

  @Field(() => Int, { description: 'Orders placed in the current calendar year.' })
  ordersThisYear: number;

  @Field(() => [OrderNode], { description: 'The most recent open orders, at most five.' })
  openOrders: OrderNode[];
}
