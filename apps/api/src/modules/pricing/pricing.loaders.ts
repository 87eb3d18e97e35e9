import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { requestLoader } from '../../common/dataloaders/request-loader';
import { manyByKey } from '../../common/dataloaders/rows-by-key';
import { ContractPriceTerm, TierPriceTerm } from './price-resolution';

// A product's contract and tier prices for the request's company (none of the company's own without
// "see special conditions"). The list price comes with the product row itself.
export type PriceConditions = { contracts: ContractPriceTerm[]; tiers: TierPriceTerm[] };

type ConditionRow = {
  product_id: string;
  kind: 'contract' | 'tier';
  unit_price: string;
  min_quantity: number | null;
  customer_specific: boolean;
  valid_from: Date | null;
  valid_to: Date | null;
};

@Injectable()
export class PricingLoaders {
  constructor(private readonly data: DataAccess) {}

  // One statement for the whole page: valid contracts and tiers (public ones, plus the company's own when
  // the viewer may see special conditions). Expired contracts are left in the database; the price core
  // decides validity, the SQL only skips what has certainly ended.
  priceConditionsByProductId(context: RequestContext): DataLoader<string, PriceConditions> {
    return requestLoader(context, 'priceConditionsByProductId', async (productIds: readonly string[]) => {
      const companyId = context.can(Permission.SEE_SPECIAL_CONDITIONS) ? context.requireCompany().companyId : null;
      const rows: ConditionRow[] = await this.data.manager(context).query(
        `SELECT product_id, 'tier' AS kind, unit_price::text AS unit_price, min_quantity,
                company_id IS NOT NULL AS customer_specific, NULL::timestamptz AS valid_from, NULL::timestamptz AS valid_to
         FROM tier_prices
         WHERE product_id = ANY($1::uuid[]) AND (company_id IS NULL OR company_id = $2::uuid)
         UNION ALL
         SELECT product_id, 'contract', unit_price::text, NULL, true, valid_from, valid_to
         FROM contract_prices
         WHERE company_id = $2::uuid AND product_id = ANY($1::uuid[]) AND (valid_to IS NULL OR valid_to > now())`,
        [productIds, companyId],
      );
      return manyByKey(productIds, rows, (row) => row.product_id).map(toConditions);
    });
  }
}

function toConditions(rows: ConditionRow[]): PriceConditions {
  const conditions: PriceConditions = { contracts: [], tiers: [] };
  for (const row of rows) {
    if (row.kind === 'contract') {
      conditions.contracts.push({ unitPrice: row.unit_price, validFrom: row.valid_from!, validTo: row.valid_to });
    } else {
      conditions.tiers.push({
        minQuantity: row.min_quantity!,
        unitPrice: row.unit_price,
        customerSpecific: row.customer_specific,
      });
    }
  }
  return conditions;
}
