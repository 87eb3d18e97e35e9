import { useTranslation } from 'react-i18next';

import { OrderBrowser } from '../modules/orders/components/OrderBrowser';
import { PageHeader } from '../ui/PageHeader';

export function OrdersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('orders.title')} description={t('orders.description')} />
      <OrderBrowser />
    </>
  );
}
