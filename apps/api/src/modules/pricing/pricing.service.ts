import { Injectable } from '@nestjs/common';

import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { badUserInput } from '../../common/errors/graphql-errors';
import { LIMITS } from '../../common/limits';
import { money } from '../../common/money/money';
import { priceBreaks, PriceContext, resolvePrice } from './price-resolution';
import { PricingLoaders } from './pricing.loaders';
import { ProductPriceNode } from './pricing.types';

export const MAX_PRICED_QUANTITY = LIMITS.lineQuantity.max;

export type PricedProduct = { id: string; listPrice: string; currency: string };

// The one place prices are worked out: conditions come batched per page through a DataLoader, the rules
// from price-resolution.ts. Cart and checkout price through here too.
@Injectable()
export class PricingService {
  constructor(private readonly loaders: PricingLoaders) {}

  async priceOf(context: RequestContext, product: PricedProduct, quantity: number): Promise<ProductPriceNode> {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_PRICED_QUANTITY) {
      throw badUserInput(`quantity must be between 1 and ${MAX_PRICED_QUANTITY}.`);
    }
    const conditions = await this.loaders.priceConditionsByProductId(context).load(product.id);
    const terms = { listPrice: product.listPrice, ...conditions };
    const priceContext: PriceContext = {
      at: new Date(),
      specialConditions: context.can(Permission.SEE_SPECIAL_CONDITIONS),
    };
    const price = resolvePrice(terms, quantity, priceContext);
    return {
      quantity,
      unitPrice: money(price.unitPrice, product.currency, 4),
      source: price.source,
      listPrice: money(price.listPrice, product.currency, 4),
      contractValidTo: price.contractValidTo,
      tiers: priceBreaks(terms, priceContext).map((tier) => ({
        minQuantity: tier.minQuantity,
        unitPrice: money(tier.unitPrice, product.currency, 4),
        source: tier.source,
      })),
    };
  }
}
