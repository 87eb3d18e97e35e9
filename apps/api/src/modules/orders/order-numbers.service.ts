import { Injectable } from '@nestjs/common';

import { TransactionalContext } from '../../common/database/data-access';
import { formatOrderNumber, orderNumberPattern } from './order-number';

// Allocates SO-<year>-<sequence> inside the order transaction. The counter row stays locked until the
// transaction ends, so numbers are gap-free for committed orders and never handed out twice.
@Injectable()
export class OrderNumbersService {
  async next(tx: TransactionalContext, at: Date): Promise<string> {
    const year = at.getUTCFullYear();
    const bumped = await tx.manager.query<Array<{ last_value: number }>>(
      `WITH bumped AS (UPDATE order_number_counters SET last_value = last_value + 1 WHERE year = $1 RETURNING last_value)
       SELECT last_value FROM bumped`,
      [year],
    );
    if (bumped[0]) return formatOrderNumber(year, bumped[0].last_value);
    // First order of a year without a counter: continue after the highest number already used that year.
    const started = await tx.manager.query<Array<{ last_value: number }>>(
      `INSERT INTO order_number_counters AS counter (year, last_value)
       SELECT $1, coalesce(max(substring(number FROM 9)::int), 0) + 1 FROM orders WHERE number ~ $2
       ON CONFLICT (year) DO UPDATE SET last_value = counter.last_value + 1
       RETURNING last_value`,
      [year, orderNumberPattern(year)],
    );
    return formatOrderNumber(year, started[0].last_value);
  }
}
