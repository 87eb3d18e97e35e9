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

// Every item links to the path of the same name; only the icon needs saying.
const ICONS: Record<NavLabelKey, Icon> = {
  dashboard: IconHome,
  cockpit: IconGauge,
  account: IconUserCircle,
  company: IconBuildingCommunity,
  products: IconPackage,
  productNumbers: IconHash,
  orders: IconReceipt,
  documents: IconFileText,
  sessions: IconDeviceDesktop,
  events: IconCalendarEvent,
  customers: IconUsersGroup,
  salesOrders: IconReceipt,
  fastOrder: IconBolt,
  offers: IconSignature,
  statistics: IconChartBar,
  customerActivity: IconActivity,
  salesReps: IconUsers,
  settings: IconSettings,
};

function item(labelKey: NavLabelKey, options: Pick<NavItem, 'permission' | 'nested'> = {}): NavItem {
  return { labelKey, path: paths[labelKey], icon: ICONS[labelKey], ...options };
}

function items(...labelKeys: NavLabelKey[]): NavItem[] {
  return labelKeys.map((labelKey) => item(labelKey));
}

const customerNavigation: NavItem[] = [
  ...items('dashboard', 'cockpit', 'account', 'company', 'products', 'productNumbers', 'orders'),
  item('fastOrder', { permission: 'PLACE_ORDERS', nested: true }),
  ...items('documents', 'sessions', 'events'),
];

const salesRepNavigation: NavItem[] = [
  ...items('customers', 'salesOrders', 'fastOrder', 'offers', 'events', 'statistics', 'sessions'),
  ...items('customerActivity', 'salesReps', 'settings'),
];

const operatorNavigation: NavItem[] = items('dashboard', 'settings');

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
