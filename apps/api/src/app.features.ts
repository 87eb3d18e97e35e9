// Registers the UserErrorCode enum (every module's codes) before any schema is built.
import './user-error-codes';

import { CartModule } from './modules/cart/cart.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { CheckoutModule } from './modules/checkout/checkout.module';
import { CockpitModule } from './modules/cockpit/cockpit.module';
import { CompaniesModule } from './modules/companies/companies.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { OrdersModule } from './modules/orders/orders.module';
import { PortalModule } from './modules/portal/portal.module';
import { PricingModule } from './modules/pricing/pricing.module';
import { SalesModule } from './modules/sales/sales.module';

// The capabilities, one module each. The schema emitter reads its resolvers from this list too.
export const FEATURE_MODULES = [
  IdentityModule,
  OrdersModule,
  CockpitModule,
  SalesModule,
  CatalogModule,
  PricingModule,
  CompaniesModule,
  InvitationsModule,
  CartModule,
  CheckoutModule,
  PortalModule,
  HealthModule,
];
