import type { LoginTarget, ViewerFieldsFragment } from '@branchline/graphql-types';

import { landingPathFor, paths } from '../../../lib/paths';

const TARGET_PATHS: Record<LoginTarget, string> = {
  DASHBOARD: paths.dashboard,
  COCKPIT: paths.cockpit,
  ACCOUNT: paths.account,
  PRODUCTS: paths.products,
  ORDERS: paths.orders,
  FAST_ORDER: paths.fastOrder,
  CART: paths.cart,
};

// The login target only applies to customers; reps and operators keep their own landing page.
export function landingPathForViewer(viewer: Pick<ViewerFieldsFragment, 'kind' | 'loginTarget'>): string {
  if (viewer.kind === 'EMPLOYEE' && viewer.loginTarget) return TARGET_PATHS[viewer.loginTarget];
  return landingPathFor(viewer.kind);
}

export interface SignedIn {
  viewer: Pick<ViewerFieldsFragment, 'kind' | 'loginTarget'>;
  requiresCompanySelection: boolean;
}

// Where a fresh session goes: the company chooser first when the user has several and chose none.
export function pathAfterSignIn({ viewer, requiresCompanySelection }: SignedIn, returnTo: string | null): string {
  if (requiresCompanySelection) {
    return returnTo ? `${paths.chooseCompany}?returnTo=${encodeURIComponent(returnTo)}` : paths.chooseCompany;
  }
  return returnTo ?? landingPathForViewer(viewer);
}
