import { createBrowserRouter, Navigate } from 'react-router';
import type { RouteObject } from 'react-router';

import { paths } from '../lib/paths';
import { CockpitPage } from '../pages/CockpitPage';
import { CustomersPage } from '../pages/CustomersPage';
import { DashboardPage } from '../pages/DashboardPage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrderDetailPage } from '../pages/OrderDetailPage';
import { OrdersPage } from '../pages/OrdersPage';
import { ProductDetailPage } from '../pages/ProductDetailPage';
import { ProductNumbersPage } from '../pages/ProductNumbersPage';
import { ProductsPage } from '../pages/ProductsPage';
import { UnavailablePage } from '../pages/UnavailablePage';
import { RouteErrorPage } from './ErrorBoundary';
import { AppLayout } from './layout/AppLayout';
import type { NavLabelKey } from './navigation';
import { RequireAuth } from './RequireAuth';
import { RequireKind } from './RequireKind';

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
      unavailable('account', 'account'),
      unavailable('employee', 'company'),
      { path: 'products', element: <ProductsPage /> },
      { path: 'products/:productId', element: <ProductDetailPage /> },
      { path: 'product-numbers', element: <ProductNumbersPage /> },
      unavailable('documents', 'documents'),
    ],
  },
  {
    element: <RequireKind kinds={['SALES_REP']} />,
    children: [
      { path: 'customers', element: <CustomersPage /> },
      unavailable('sales-order', 'salesOrders'),
      unavailable('fast-order', 'fastOrder'),
      unavailable('offers', 'offers'),
      unavailable('statistics', 'statistics'),
      unavailable('customer-activity', 'customerActivity'),
      unavailable('sales-reps', 'salesReps'),
    ],
  },
  {
    element: <RequireKind kinds={['EMPLOYEE', 'SALES_REP']} />,
    children: [unavailable('sessions', 'sessions'), unavailable('events', 'events')],
  },
  {
    element: <RequireKind kinds={['SALES_REP', 'OPERATOR']} />,
    children: [unavailable('settings', 'settings')],
  },
  { path: '*', element: <NotFoundPage /> },
];

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <Navigate to={paths.dashboard} replace /> },
      { path: paths.login, element: <LoginPage /> },
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
