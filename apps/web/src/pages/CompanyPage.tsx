import type { Permission } from '@branchline/graphql-types';
import { Tabs } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '../lib/paths';
import { AddressesPanel } from '../modules/company/components/AddressesPanel';
import { CostCentersPanel } from '../modules/company/components/CostCentersPanel';
import { EmployeesBrowser } from '../modules/company/components/EmployeesBrowser';
import { ExpressCheckoutPanel } from '../modules/company/components/ExpressCheckoutPanel';
import { RolesPanel } from '../modules/company/components/RolesPanel';
import { useViewer } from '../modules/identity/hooks/viewerContext';
import { PageHeader } from '../ui/PageHeader';
import { StatusPage } from '../ui/StatusPage';

export type CompanySection = 'employees' | 'roles' | 'addresses' | 'costCenters' | 'expressCheckout';

interface SectionSpec {
  section: CompanySection;
  path: string;
  // Who may open it (any of these); the API refuses everyone else.
  viewWith?: Permission[];
}

const SECTIONS: SectionSpec[] = [
  { section: 'employees', path: paths.company },
  { section: 'roles', path: paths.companyRoles },
  {
    section: 'addresses',
    path: paths.companyAddresses,
    viewWith: ['PLACE_ORDERS', 'MANAGE_ADDRESSES_AND_COST_CENTERS'],
  },
  {
    section: 'costCenters',
    path: paths.companyCostCenters,
    viewWith: ['PLACE_ORDERS', 'VIEW_ALL_COMPANY_ORDERS', 'MANAGE_ADDRESSES_AND_COST_CENTERS'],
  },
  {
    section: 'expressCheckout',
    path: paths.companyExpressCheckout,
    viewWith: ['PLACE_ORDERS', 'MANAGE_ADDRESSES_AND_COST_CENTERS'],
  },
];

export interface CompanyPageProps {
  section: CompanySection;
}

export function CompanyPage({ section }: CompanyPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const has = (permission: Permission) => viewer.permissions.includes(permission);
  const visible = SECTIONS.filter((spec) => !spec.viewWith || spec.viewWith.some(has));
  const allowed = visible.some((spec) => spec.section === section);
  // Employees, roles and express-checkout defaults are the admin's; addresses and cost centers have their own permission.
  const canManageEmployees = has('MANAGE_EMPLOYEES');
  const canManageAddresses = has('MANAGE_ADDRESSES_AND_COST_CENTERS');

  const handleTabChange = (value: string | null) => {
    const target = SECTIONS.find((spec) => spec.section === value);
    if (target) void navigate(target.path);
  };

  return (
    <>
      <PageHeader
        title={t('company.title', { company: viewer.activeCompany?.name ?? '' })}
        description={t(`company.descriptions.${section}`)}
      />
      <Tabs value={section} onChange={handleTabChange} mb="lg" keepMounted={false}>
        <Tabs.List>
          {visible.map((spec) => (
            <Tabs.Tab key={spec.section} value={spec.section}>
              {t(`company.tabs.${spec.section}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {!allowed && (
        <StatusPage
          icon={<IconLock size={32} />}
          color="gray"
          title={t('forbidden.title')}
          text={t('forbidden.permissionText')}
        />
      )}
      {allowed && section === 'employees' && <EmployeesBrowser canManage={canManageEmployees} />}
      {allowed && section === 'roles' && <RolesPanel canManage={canManageEmployees} />}
      {allowed && section === 'addresses' && <AddressesPanel canManage={canManageAddresses} />}
      {allowed && section === 'costCenters' && <CostCentersPanel canManage={canManageAddresses} />}
      {allowed && section === 'expressCheckout' && <ExpressCheckoutPanel canManage={canManageEmployees} />}
    </>
  );
}
