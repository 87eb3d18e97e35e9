import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { requestLoader } from '../../common/dataloaders/request-loader';
import { manyByKey } from '../../common/dataloaders/rows-by-key';
import { OrderLine } from './order-line.entity';

// Relations of orders resolved per list item: one statement per relation per request.
@Injectable()
export class OrderLoaders {
  constructor(private readonly data: DataAccess) {}

  // Lines of orders already read through OrdersService.visibleOrders: the order ids carry the scope.
  linesByOrderId(context: RequestContext): DataLoader<string, OrderLine[]> {
    return requestLoader(context, 'orderLinesByOrderId', async (orderIds: readonly string[]) => {
      const lines = await this.data.manager(context).find(OrderLine, {
        where: { orderId: In([...orderIds]) },
        order: { orderId: 'ASC', position: 'ASC' },
      });
      return manyByKey(orderIds, lines, (line) => line.orderId);
    });
  }
}
