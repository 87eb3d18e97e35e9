import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { CatalogPricing1764000000000 } from './1764000000000-catalog-pricing';
import { CartCheckout1764100000000 } from './1764100000000-cart-checkout';
import { QuickSearchKnn1764200000000 } from './1764200000000-quick-search-knn';
import { CompanySelfService1764300000000 } from './1764300000000-company-self-service';
import { InvitesLoginLinks1764400000000 } from './1764400000000-invites-login-links';

// In order. Listed explicitly so the build, tests and scripts all run exactly the same set.
export const MIGRATIONS = [
  InitialSchema1763900000000,
  CatalogPricing1764000000000,
  CartCheckout1764100000000,
  QuickSearchKnn1764200000000,
  CompanySelfService1764300000000,
  InvitesLoginLinks1764400000000,
];
