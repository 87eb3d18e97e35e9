import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { CatalogPricing1764000000000 } from './1764000000000-catalog-pricing';

// In order. Listed explicitly so the build, tests and scripts all run exactly the same set.
export const MIGRATIONS = [InitialSchema1763900000000, CatalogPricing1764000000000];
