import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';

import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { KeysetOrder, keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess, findInScope } from '../../common/database/data-access';
import { andWhereId } from '../../common/database/where-id';
import { andWhereSearch } from '../../common/database/where-search';
import { Order } from './order.entity';
import { toOrderNode } from './order.mapper';
import { OrderFilter, OrderNode, OrderOrderBy, OrdersArgs, OrderSortField } from './order.types';

const SORT_COLUMNS: Record<OrderSortField, string> = {
  [OrderSortField.PLACED_AT]: '"o"."placed_at"',
  [OrderSortField.NUMBER]: '"o"."number"',
  [OrderSortField.GROSS_TOTAL]: '"o"."gross_total"',
};

@Injectable()
export class OrdersService {
  constructor(private readonly data: DataAccess) {}

  async list(context: RequestContext, args: OrdersArgs): Promise<ConnectionResult<OrderNode>> {
    const query = this.visibleOrders(context);
    applyFilter(query, args.filter);
    const page = await keysetPaginate(query, args, keysetOrder(args.orderBy));
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOrderNode(edge.node) })) };
  }

  async get(context: RequestContext, id: string): Promise<OrderNode> {
    return toOrderNode(await this.find(context, id));
  }

  // NOT_FOUND for another company's order, a colleague's order the role may not see, and a missing one.
  find(context: RequestContext, id: string): Promise<Order> {
    return findInScope(this.visibleOrders(context), id, 'Order');
  }

  // The only way into orders: the active company from the session, narrowed to the employee's own
  // orders unless the role may see all company orders.
  visibleOrders(context: RequestContext): SelectQueryBuilder<Order> {
    const query = this.data
      .manager(context)
      .createQueryBuilder(Order, 'o')
      .where('o.company_id = :companyId', { companyId: context.requireCompany().companyId });
    if (!context.can(Permission.VIEW_ALL_COMPANY_ORDERS)) {
      query.andWhere('o.placed_by_id = :userId', { userId: context.requireActor.userId });
    }
    return query;
  }
}

function applyFilter(query: SelectQueryBuilder<Order>, filter: OrderFilter | null | undefined): void {
  if (!filter) return;
  if (filter.statuses?.length) query.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.placedFrom) query.andWhere('o.placed_at >= :placedFrom', { placedFrom: filter.placedFrom });
  if (filter.placedTo) query.andWhere('o.placed_at < :placedTo', { placedTo: filter.placedTo });
  andWhereSearch(query, filter.search, ['o.number ILIKE :pattern', 'o.purchase_order_number ILIKE :pattern']);
  // Matches orders_company_gross_total (company_id, gross_total, id).
  if (filter.grossTotalMin != null) query.andWhere('o.gross_total >= :min', { min: filter.grossTotalMin });
  if (filter.grossTotalMax != null) query.andWhere('o.gross_total <= :max', { max: filter.grossTotalMax });
  // order_lines_product_order (product_id, order_id) answers this without touching the lines.
  if (filter.productId != null) {
    andWhereId(query, filter.productId, 'o.id IN (SELECT l.order_id FROM order_lines l WHERE l.product_id = :id)');
  }
  // Trigram indexes on order_lines.sku and .name; the SKU and name as they were when ordered.
  andWhereSearch(
    query,
    filter.productSearch,
    [
      'o.id IN (SELECT l.order_id FROM order_lines l WHERE l.sku ILIKE :productPattern OR l.name ILIKE :productPattern)',
    ],
    'productPattern',
  );
  if (filter.costCenterId != null) andWhereId(query, filter.costCenterId, 'o.cost_center_id = :id');
}

function keysetOrder(orderBy: OrderOrderBy | null | undefined): KeysetOrder {
  return {
    expression: SORT_COLUMNS[orderBy?.field ?? OrderSortField.PLACED_AT],
    direction: orderBy?.direction ?? SortDirection.DESC,
  };
}
