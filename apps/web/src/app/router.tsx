import type { RouteObject } from 'react-router';
import { createBrowserRouter, Navigate } from 'react-router';

import { paths } from '../lib/paths';
import { AccountPage } from '../pages/AccountPage';
import { CartPage } from '../pages/CartPage';
import { CheckoutPage } from '../pages/CheckoutPage';
import { ChooseCompanyPage } from '../pages/ChooseCompanyPage';
import { CockpitPage } from '../pages/CockpitPage';
import { CompanyPage } from '../pages/CompanyPage';
import { CustomersPage } from '../pages/CustomersPage';
import { DashboardPage } from '../pages/DashboardPage';
import { FastOrderPage } from '../pages/FastOrderPage';
import { InvitationPage } from '../pages/InvitationPage';
import { LoginLinkPage } from '../pages/LoginLinkPage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrderDetailPage } from '../pages/OrderDetailPage';
import { OrdersPage } from '../pages/OrdersPage';
import { PortalSettingsPage } from '../pages/PortalSettingsPage';
import { ProductDetailPage } from '../pages/ProductDetailPage';
import { ProductNumbersPage } from '../pages/ProductNumbersPage';
import { ProductsPage } from '../pages/ProductsPage';
import { SessionsPage } from '../pages/SessionsPage';
import { UnavailablePage } from '../pages/UnavailablePage';
import { ByKind } from './ByKind';
import { RouteErrorPage } from './ErrorBoundary';
import { AppLayout } from './layout/AppLayout';
import type { NavLabelKey } from './navigation';
import { RequireAuth } from './RequireAuth';
import { RequireKind } from './RequireKind';
import { RequirePermission } from './RequirePermission';

function unavailable(path: string, feature: NavLabelKey): RouteObject {
  return { path, element: <UnavailablePage feature={feature} /> };
}

const portalRoutes: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  {
    element: <RequireKind kinds={['EMPLOYEE']} />,
    children: [
      { path: 'cockpit', element: <CockpitPage /> },
      { path: 'orders', element: <OrdersPage /> },
      { path: 'orders/:orderId', element: <OrderDetailPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'employee', element: <CompanyPage section="employees" /> },
      { path: 'employee/roles', element: <CompanyPage section="roles" /> },
      { path: 'employee/addresses', element: <CompanyPage section="addresses" /> },
      { path: 'employee/cost-centers', element: <CompanyPage section="costCenters" /> },
      { path: 'employee/express-checkout', element: <CompanyPage section="expressCheckout" /> },
      { path: 'products', element: <ProductsPage /> },
      { path: 'products/:productId', element: <ProductDetailPage /> },
      { path: 'product-numbers', element: <ProductNumbersPage /> },
      unavailable('documents', 'documents'),
      {
        element: <RequirePermission permission="PLACE_ORDERS" />,
        children: [
          { path: 'cart', element: <CartPage /> },
          { path: 'checkout', element: <CheckoutPage /> },
        ],
      },
    ],
  },
  {
    // The customer's fast order is built; the rep's (same URL in the portal) comes later.
    element: <RequireKind kinds={['EMPLOYEE', 'SALES_REP']} />,
    children: [
      {
        path: 'fast-order',
        element: (
          <ByKind
            pages={{
              EMPLOYEE: (
                <RequirePermission permission="PLACE_ORDERS">
                  <FastOrderPage />
                </RequirePermission>
              ),
              SALES_REP: <UnavailablePage feature="fastOrder" />,
            }}
          />
        ),
      },
    ],
  },
  {
    element: <RequireKind kinds={['SALES_REP']} />,
    children: [
      { path: 'customers', element: <CustomersPage /> },
      unavailable('sales-order', 'salesOrders'),
      unavailable('offers', 'offers'),
      unavailable('statistics', 'statistics'),
      unavailable('customer-activity', 'customerActivity'),
      unavailable('sales-reps', 'salesReps'),
    ],
  },
  {
    element: <RequireKind kinds={['EMPLOYEE', 'SALES_REP']} />,
    children: [{ path: 'sessions', element: <SessionsPage /> }, unavailable('events', 'events')],
  },
  {
    element: <RequireKind kinds={['SALES_REP', 'OPERATOR']} />,
    children: [
      {
        path: 'settings',
        element: (
          <ByKind pages={{ OPERATOR: <PortalSettingsPage />, SALES_REP: <UnavailablePage feature="settings" /> }} />
        ),
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <Navigate to={paths.dashboard} replace /> },
      { path: paths.login, element: <LoginPage /> },
      { path: '/invitation/:token', element: <InvitationPage /> },
      { path: '/login-link/:token', element: <LoginLinkPage /> },
      // Signed in, but before the shell: the user picks the company to work for.
      {
        path: paths.chooseCompany,
        element: <RequireAuth />,
        children: [{ index: true, element: <ChooseCompanyPage /> }],
      },
      {
        path: paths.dashboard,
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            // Errors inside a page keep the header and navigation usable.
            children: [{ errorElement: <RouteErrorPage />, children: portalRoutes }],
          },
        ],
      },
      { path: '*', element: <NotFoundPage standalone /> },
    ],
  },
]);
