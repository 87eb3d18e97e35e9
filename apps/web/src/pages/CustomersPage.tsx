import { useTranslation } from 'react-i18next';

import { useViewer } from '../modules/identity/hooks/viewerContext';
import { SalesCustomerBrowser } from '../modules/sales/components/SalesCustomerBrowser';
import { PageHeader } from '../ui/PageHeader';

export function CustomersPage() {
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
