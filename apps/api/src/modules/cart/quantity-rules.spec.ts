import { addedQuantityProblem, MAX_LINE_QUANTITY, quantityProblem, smallestQuantity } from './quantity-rules';

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

  it('checks an amount added onto a line by the total, naming what is already in the cart', () => {
    expect(addedQuantityProblem(screws, 200, 100)).toBeNull();
    expect(addedQuantityProblem(screws, 0, 100)).toMatchObject({ code: 'BELOW_MINIMUM' });
    expect(addedQuantityProblem(screws, 100, 100)).toBeNull();
    expect(addedQuantityProblem(screws, 200, 50)?.message).toBe(
      'With the 200 already in the cart: Screws (FA-1) comes in packs of 100: order 200 or 300 instead of 250.',
    );
    const total = MAX_LINE_QUANTITY - 100;
    expect(addedQuantityProblem(screws, total, 100)).toBeNull();
    expect(addedQuantityProblem(screws, total, 200)).toMatchObject({ code: 'INVALID_QUANTITY' });
    expect(addedQuantityProblem(screws, total, 200)?.message).toMatch(/^With the \d+ already in the cart: /);
  });

  it('refuses an added amount that is not a positive whole number, whatever the cart holds', () => {
    expect(addedQuantityProblem(screws, 300, 0)).toMatchObject({ code: 'INVALID_QUANTITY' });
    expect(addedQuantityProblem(screws, 300, -100)).toMatchObject({ code: 'INVALID_QUANTITY' });
    expect(addedQuantityProblem(screws, 300, 1.5)).toMatchObject({ code: 'INVALID_QUANTITY' });
  });
});
