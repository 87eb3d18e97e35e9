import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { money } from '../../common/money/money';
import { toOrderNode } from '../orders/order.mapper';
import { OPEN_ORDER_STATUSES } from '../orders/order-status';
import { OrdersService } from '../orders/orders.service';
import { CockpitNode } from './cockpit.types';

const RECENT_OPEN_ORDERS = 5;

@Injectable()
export class CockpitService {
  constructor(private readonly orders: OrdersService) {}

  // Two statements: one aggregate over the visible orders, one for the newest open ones.
  async cockpit(context: RequestContext): Promise<CockpitNode> {
    const statuses = [...OPEN_ORDER_STATUSES];
    const [totals, openOrders] = await Promise.all([
      this.orders
        .visibleOrders(context)
        .select('count(*) FILTER (WHERE o.status IN (:...statuses))::int', 'open_count')
        .addSelect('coalesce(sum(o.gross_total) FILTER (WHERE o.status IN (:...statuses)), 0)::text', 'open_value')
        .addSelect("count(*) FILTER (WHERE o.placed_at >= date_trunc('year', now()))::int", 'this_year')
        .addSelect('min(o.currency)', 'currency')
        .setParameter('statuses', statuses)
        .getRawOne<{ open_count: number; open_value: string; this_year: number; currency: string | null }>(),
      this.orders
        .visibleOrders(context)
        .andWhere('o.status IN (:...statuses)', { statuses })
        .orderBy('o.placed_at', 'DESC')
        .addOrderBy('o.id', 'DESC')
        .limit(RECENT_OPEN_ORDERS)
        .getMany(),
    ]);
    return {
      openOrderCount: totals?.open_count ?? 0,
      openOrdersValue: money(totals?.open_value ?? '0', totals?.currency ?? 'EUR'),
      ordersThisYear: totals?.this_year ?? 0,
      openOrders: openOrders.map(toOrderNode),
    };
  }
}
