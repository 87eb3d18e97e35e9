import { useTranslation } from 'react-i18next';

import { PageHeader } from '../../../ui/PageHeader';
import { useViewer } from '../../identity/hooks/viewerContext';
import { SalesCustomerBrowser } from './SalesCustomerBrowser';

// A rep's starting point, on the dashboard and the customers page alike: the assigned customers
// (a supervisor's: every customer).
export function RepCustomerList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader
        title={t('customers.title')}
        description={viewer.isSupervisor ? t('customers.descriptionSupervisor') : t('customers.description')}
      />
      <SalesCustomerBrowser />
    </>
  );
}
