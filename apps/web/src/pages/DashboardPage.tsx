import { Stack } from '@mantine/core';

import { CockpitKpis } from '../modules/cockpit/components/CockpitKpis';
import { useCockpit } from '../modules/cockpit/hooks/useCockpit';
import { CustomerFeatureCards } from '../modules/dashboard/components/CustomerFeatureCards';
import { OperatorShortcuts } from '../modules/dashboard/components/OperatorShortcuts';
import { WelcomeHeader } from '../modules/dashboard/components/WelcomeHeader';
import { useViewer } from '../modules/identity/hooks/viewerContext';
import { RepCustomerList } from '../modules/sales/components/RepCustomerList';

function CustomerDashboard() {
  const viewer = useViewer();
  const { cockpit, loading } = useCockpit();
  return (
    <Stack gap="xl">
      <div>
        <WelcomeHeader viewer={viewer} />
        <CockpitKpis cockpit={cockpit} loading={loading} />
      </div>
      <CustomerFeatureCards />
    </Stack>
  );
}

function OperatorDashboard() {
  const viewer = useViewer();
  return (
    <Stack gap="xl">
      <WelcomeHeader viewer={viewer} />
      <OperatorShortcuts />
    </Stack>
  );
}

// /b2b_platform: one URL, a dashboard per kind of account (reps start at their customer list).
export function DashboardPage() {
  const viewer = useViewer();
  switch (viewer.kind) {
    case 'EMPLOYEE':
      return <CustomerDashboard />;
    case 'SALES_REP':
      return <RepCustomerList />;
    case 'OPERATOR':
      return <OperatorDashboard />;
  }
}
