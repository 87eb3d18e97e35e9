import { quantityProblem, smallestQuantity } from './quantity-rules';

const screws = { sku: 'FA-1', name: 'Screws', packSize: 100, minQuantity: 200 };
const gloves = { sku: 'SA-2', name: 'Gloves', packSize: 12, minQuantity: 30 };

describe('quantity rules', () => {
  it('accepts whole packs at or above the minimum', () => {
    expect(quantityProblem(screws, 200)).toBeNull();
    expect(quantityProblem(screws, 1500)).toBeNull();
  });

  it('names the product and the smallest allowed quantity below the minimum', () => {
    expect(quantityProblem(screws, 100)).toMatchObject({ code: 'BELOW_MINIMUM', allowed: [200] });
    expect(quantityProblem(screws, 100)?.message).toContain('Screws (FA-1)');
  });

  it('offers the neighbouring pack multiples for a broken pack', () => {
    expect(quantityProblem(screws, 250)).toMatchObject({ code: 'NOT_PACK_MULTIPLE', allowed: [200, 300] });
    expect(quantityProblem(screws, 250)?.message).toBe(
      'Screws (FA-1) comes in packs of 100: order 200 or 300 instead of 250.',
    );
  });

  it('rounds a minimum that is no pack multiple up to whole packs', () => {
    expect(smallestQuantity(gloves)).toBe(36);
    expect(quantityProblem(gloves, 24)).toMatchObject({ code: 'BELOW_MINIMUM', allowed: [36] });
    expect(quantityProblem(gloves, 40)).toMatchObject({ code: 'NOT_PACK_MULTIPLE', allowed: [36, 48] });
  });

  it('refuses zero, negative, fractional and absurd quantities', () => {
    for (const quantity of [0, -5, 1.5, 10_000_000]) {
      expect(quantityProblem(screws, quantity)?.code).toBe('INVALID_QUANTITY');
    }
  });
});
