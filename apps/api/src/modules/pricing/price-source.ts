import { registerEnumType } from '@nestjs/graphql';

export enum PriceSource {
  LIST = 'LIST',
  CONTRACT = 'CONTRACT',
  TIER = 'TIER',
}

registerEnumType(PriceSource, {
  name: 'PriceSource',
  valuesMap: {
    LIST: { description: "The product's list price." },
    CONTRACT: { description: "A price agreed in the company's contract." },
    TIER: { description: 'A volume (tier) price for the quantity.' },
  },
});
