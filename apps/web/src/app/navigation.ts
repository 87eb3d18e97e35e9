// Navigation bars per account kind. Later the operator's portal settings may hide items.
import type { ActorKind, Permission } from '@branchline/graphql-types';
import type { Icon } from '@tabler/icons-react';
import {
  IconActivity,
  IconBolt,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconDeviceDesktop,
  IconFileText,
  IconGauge,
  IconHash,
  IconHome,
  IconPackage,
  IconReceipt,
  IconSettings,
  IconSignature,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';

import { paths } from '../lib/paths';

export type NavLabelKey =
  | 'dashboard'
  | 'cockpit'
  | 'account'
  | 'company'
  | 'products'
  | 'productNumbers'
  | 'orders'
  | 'documents'
  | 'sessions'
  | 'events'
  | 'customers'
  | 'salesOrders'
  | 'fastOrder'
  | 'offers'
  | 'statistics'
  | 'customerActivity'
  | 'salesReps'
  | 'settings';

export interface NavItem {
  labelKey: NavLabelKey;
  path: string;
  icon: Icon;
  // Hidden from people without it; the page itself says why if opened by URL.
  permission?: Permission;
  // Drawn indented under the item before it (Fast order under Orders).
  nested?: boolean;
}

const customerNavigation: NavItem[] = [
  { labelKey: 'dashboard', path: paths.dashboard, icon: IconHome },
  { labelKey: 'cockpit', path: paths.cockpit, icon: IconGauge },
  { labelKey: 'account', path: paths.account, icon: IconUserCircle },
  { labelKey: 'company', path: paths.company, icon: IconBuildingCommunity },
  { labelKey: 'products', path: paths.products, icon: IconPackage },
  { labelKey: 'productNumbers', path: paths.productNumbers, icon: IconHash },
  { labelKey: 'orders', path: paths.orders, icon: IconReceipt },
  { labelKey: 'fastOrder', path: paths.fastOrder, icon: IconBolt, permission: 'PLACE_ORDERS', nested: true },
  { labelKey: 'documents', path: paths.documents, icon: IconFileText },
  { labelKey: 'sessions', path: paths.sessions, icon: IconDeviceDesktop },
  { labelKey: 'events', path: paths.events, icon: IconCalendarEvent },
];

const salesRepNavigation: NavItem[] = [
  { labelKey: 'customers', path: paths.customers, icon: IconUsersGroup },
  { labelKey: 'salesOrders', path: paths.salesOrders, icon: IconReceipt },
  { labelKey: 'fastOrder', path: paths.fastOrder, icon: IconBolt },
  { labelKey: 'offers', path: paths.offers, icon: IconSignature },
  { labelKey: 'events', path: paths.events, icon: IconCalendarEvent },
  { labelKey: 'statistics', path: paths.statistics, icon: IconChartBar },
  { labelKey: 'sessions', path: paths.sessions, icon: IconDeviceDesktop },
  { labelKey: 'customerActivity', path: paths.customerActivity, icon: IconActivity },
  { labelKey: 'salesReps', path: paths.salesReps, icon: IconUsers },
  { labelKey: 'settings', path: paths.settings, icon: IconSettings },
];

const operatorNavigation: NavItem[] = [
  { labelKey: 'dashboard', path: paths.dashboard, icon: IconHome },
  { labelKey: 'settings', path: paths.settings, icon: IconSettings },
];

function navigationForKind(kind: ActorKind): NavItem[] {
  switch (kind) {
    case 'EMPLOYEE':
      return customerNavigation;
    case 'SALES_REP':
      return salesRepNavigation;
    case 'OPERATOR':
      return operatorNavigation;
  }
}

export function navigationFor(kind: ActorKind, permissions: readonly Permission[]): NavItem[] {
  return navigationForKind(kind).filter((item) => !item.permission || permissions.includes(item.permission));
}

// Detail pages highlight their list ("/orders/123" lights up "Orders"); the dashboard only matches exactly.
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.path === paths.dashboard) return pathname === paths.dashboard || pathname === `${paths.dashboard}/`;
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}
