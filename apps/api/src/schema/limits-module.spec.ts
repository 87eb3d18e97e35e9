import { LIMITS } from '../common/limits';
import { limitsModuleSource } from './limits-module';

describe('limitsModuleSource', () => {
  it('writes the limits as one exported constant that reads back equal', () => {
    const source = limitsModuleSource(LIMITS);
    expect(source).toContain('export const LIMITS = {');
    const literal = source.slice(source.indexOf('= ') + 2, source.indexOf(' as const;'));
    expect(JSON.parse(literal)).toEqual(LIMITS);
    expect(JSON.parse(literal).purchaseOrderNumber.maxLength).toBe(64);
  });
});
