import Decimal from 'decimal.js';

import { PriceSource } from './price-source';

// The pricing rules, free of I/O so they can be tested exhaustively (price-resolution.spec.ts).

export type ContractPriceTerm = { unitPrice: string; validFrom: Date; validTo: Date | null };

export type TierPriceTerm = { minQuantity: number; unitPrice: string; customerSpecific: boolean };

export type PriceTerms = {
  listPrice: string;
  contracts: readonly ContractPriceTerm[];
  tiers: readonly TierPriceTerm[];
};

export type PriceContext = {
  at: Date;
  // Without "see special conditions" only list prices and public list tiers count.
  specialConditions: boolean;
};

export type ResolvedPrice = {
  quantity: number;
  unitPrice: string;
  source: PriceSource;
  listPrice: string;
  // End of the contract that set the price, when one did and it ends.
  contractValidTo: Date | null;
};

export type PriceBreak = { minQuantity: number; unitPrice: string; source: PriceSource };

type Candidate = { unitPrice: Decimal; source: PriceSource; contractValidTo: Date | null };

// When two candidates cost the same, the more specific agreement is named as the source.
const SOURCE_RANK: Record<PriceSource, number> = {
  [PriceSource.CONTRACT]: 0,
  [PriceSource.TIER]: 1,
  [PriceSource.LIST]: 2,
};

// The customer pays the lowest of: list price, the valid contract price (the newest agreement when several
// overlap), the best public tier reached by the quantity and the best customer tier reached by the quantity.
export function resolvePrice(terms: PriceTerms, quantity: number, context: PriceContext): ResolvedPrice {
  const candidates: Candidate[] = [
    { unitPrice: new Decimal(terms.listPrice), source: PriceSource.LIST, contractValidTo: null },
  ];
  if (context.specialConditions) {
    const contract = validContract(terms.contracts, context.at);
    if (contract) {
      candidates.push({
        unitPrice: new Decimal(contract.unitPrice),
        source: PriceSource.CONTRACT,
        contractValidTo: contract.validTo,
      });
    }
  }
  for (const customerSpecific of context.specialConditions ? [false, true] : [false]) {
    const tier = reachedTier(terms.tiers, quantity, customerSpecific);
    if (tier)
      candidates.push({ unitPrice: new Decimal(tier.unitPrice), source: PriceSource.TIER, contractValidTo: null });
  }
  const best = candidates.reduce((winner, candidate) => {
    const comparison = candidate.unitPrice.comparedTo(winner.unitPrice);
    if (comparison < 0) return candidate;
    if (comparison === 0 && SOURCE_RANK[candidate.source] < SOURCE_RANK[winner.source]) return candidate;
    return winner;
  });
  return {
    quantity,
    unitPrice: best.unitPrice.toFixed(4),
    source: best.source,
    listPrice: new Decimal(terms.listPrice).toFixed(4),
    contractValidTo: best.contractValidTo,
  };
}

// The volume price table as the customer sees it: one row per quantity from which the unit price drops.
export function priceBreaks(terms: PriceTerms, context: PriceContext): PriceBreak[] {
  const quantities = [
    ...new Set(
      terms.tiers.filter((tier) => context.specialConditions || !tier.customerSpecific).map((tier) => tier.minQuantity),
    ),
  ].sort((a, b) => a - b);
  const breaks: PriceBreak[] = [];
  let previous = new Decimal(resolvePrice(terms, 1, context).unitPrice);
  for (const minQuantity of quantities) {
    const price = resolvePrice(terms, minQuantity, context);
    if (new Decimal(price.unitPrice).lessThan(previous)) {
      breaks.push({ minQuantity, unitPrice: price.unitPrice, source: price.source });
      previous = new Decimal(price.unitPrice);
    }
  }
  return breaks;
}

export function validContract(contracts: readonly ContractPriceTerm[], at: Date): ContractPriceTerm | null {
  let newest: ContractPriceTerm | null = null;
  for (const contract of contracts) {
    const valid = contract.validFrom <= at && (contract.validTo === null || at < contract.validTo);
    if (!valid) continue;
    if (
      !newest ||
      contract.validFrom > newest.validFrom ||
      (contract.validFrom.getTime() === newest.validFrom.getTime() &&
        new Decimal(contract.unitPrice).lessThan(newest.unitPrice))
    ) {
      newest = contract;
    }
  }
  return newest;
}

function reachedTier(
  tiers: readonly TierPriceTerm[],
  quantity: number,
  customerSpecific: boolean,
): TierPriceTerm | null {
  let reached: TierPriceTerm | null = null;
  for (const tier of tiers) {
    if (tier.customerSpecific !== customerSpecific || tier.minQuantity > quantity) continue;
    if (!reached || tier.minQuantity > reached.minQuantity) reached = tier;
  }
  return reached;
}
