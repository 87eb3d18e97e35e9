import { priceBreaks, PriceTerms, resolvePrice, validContract } from './price-resolution';
import { PriceSource } from './price-source';

const at = new Date('2026-06-15T12:00:00Z');
const day = 24 * 60 * 60_000;
const daysFromAt = (days: number) => new Date(at.getTime() + days * day);
const buyer = { at, specialConditions: true };
const viewer = { at, specialConditions: false };

const terms = (overrides: Partial<PriceTerms> = {}): PriceTerms => ({
  listPrice: '10.0000',
  contracts: [],
  tiers: [],
  ...overrides,
});

describe('resolvePrice', () => {
  it('charges the list price when nothing else applies', () => {
    expect(resolvePrice(terms(), 1, buyer)).toEqual({
      quantity: 1,
      unitPrice: '10.0000',
      source: PriceSource.LIST,
      listPrice: '10.0000',
      contractValidTo: null,
    });
  });

  it('applies a contract price valid at the moment, with its end date', () => {
    const contract = { unitPrice: '8.5000', validFrom: daysFromAt(-10), validTo: daysFromAt(20) };
    const price = resolvePrice(terms({ contracts: [contract] }), 1, buyer);
    expect(price).toMatchObject({ unitPrice: '8.5000', source: PriceSource.CONTRACT, contractValidTo: daysFromAt(20) });
  });

  it('ignores expired and future contracts; validTo is exclusive', () => {
    const contracts = [
      { unitPrice: '5.0000', validFrom: daysFromAt(-100), validTo: daysFromAt(-1) },
      { unitPrice: '6.0000', validFrom: daysFromAt(1), validTo: null },
      { unitPrice: '7.0000', validFrom: daysFromAt(-5), validTo: at },
    ];
    expect(resolvePrice(terms({ contracts }), 1, buyer).source).toBe(PriceSource.LIST);
  });

  it('takes the newest of overlapping contracts, even when an older one is cheaper', () => {
    const contracts = [
      { unitPrice: '7.0000', validFrom: daysFromAt(-300), validTo: null },
      { unitPrice: '9.0000', validFrom: daysFromAt(-30), validTo: daysFromAt(30) },
    ];
    expect(validContract(contracts, at)?.unitPrice).toBe('9.0000');
    expect(resolvePrice(terms({ contracts }), 1, buyer).unitPrice).toBe('9.0000');
  });

  it('shows list prices and public tiers only, without special conditions', () => {
    const t = terms({
      contracts: [{ unitPrice: '5.0000', validFrom: daysFromAt(-1), validTo: null }],
      tiers: [
        { minQuantity: 10, unitPrice: '9.0000', customerSpecific: false },
        { minQuantity: 10, unitPrice: '4.0000', customerSpecific: true },
      ],
    });
    expect(resolvePrice(t, 1, viewer)).toMatchObject({ unitPrice: '10.0000', source: PriceSource.LIST });
    expect(resolvePrice(t, 10, viewer)).toMatchObject({ unitPrice: '9.0000', source: PriceSource.TIER });
    expect(resolvePrice(t, 10, buyer)).toMatchObject({ unitPrice: '4.0000', source: PriceSource.TIER });
    expect(resolvePrice(t, 9, buyer)).toMatchObject({ unitPrice: '5.0000', source: PriceSource.CONTRACT });
  });

  it('uses the highest tier the quantity reaches, and the lowest price wins over a contract', () => {
    const t = terms({
      contracts: [{ unitPrice: '9.2000', validFrom: daysFromAt(-1), validTo: null }],
      tiers: [
        { minQuantity: 10, unitPrice: '9.5000', customerSpecific: false },
        { minQuantity: 50, unitPrice: '9.0000', customerSpecific: false },
        { minQuantity: 100, unitPrice: '8.0000', customerSpecific: false },
      ],
    });
    expect(resolvePrice(t, 10, buyer)).toMatchObject({ unitPrice: '9.2000', source: PriceSource.CONTRACT });
    expect(resolvePrice(t, 99, buyer)).toMatchObject({ unitPrice: '9.0000', source: PriceSource.TIER });
    expect(resolvePrice(t, 100, buyer)).toMatchObject({ unitPrice: '8.0000', source: PriceSource.TIER });
  });

  it('names the contract when it costs the same as a tier, and keeps exact decimals', () => {
    const t = terms({
      listPrice: '0.1',
      contracts: [{ unitPrice: '0.0300', validFrom: daysFromAt(-1), validTo: null }],
      tiers: [{ minQuantity: 2, unitPrice: '0.03', customerSpecific: false }],
    });
    expect(resolvePrice(t, 5, buyer)).toMatchObject({
      unitPrice: '0.0300',
      source: PriceSource.CONTRACT,
      listPrice: '0.1000',
    });
  });
});

describe('priceBreaks', () => {
  it('lists only the quantities from which the unit price drops', () => {
    const t = terms({
      contracts: [{ unitPrice: '9.0000', validFrom: daysFromAt(-1), validTo: null }],
      tiers: [
        { minQuantity: 10, unitPrice: '9.5000', customerSpecific: false },
        { minQuantity: 50, unitPrice: '8.5000', customerSpecific: false },
        { minQuantity: 50, unitPrice: '8.0000', customerSpecific: true },
      ],
    });
    expect(priceBreaks(t, buyer)).toEqual([{ minQuantity: 50, unitPrice: '8.0000', source: PriceSource.TIER }]);
    expect(priceBreaks(t, viewer)).toEqual([
      { minQuantity: 10, unitPrice: '9.5000', source: PriceSource.TIER },
      { minQuantity: 50, unitPrice: '8.5000', source: PriceSource.TIER },
    ]);
  });
});
