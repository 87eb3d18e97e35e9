import { useTranslation } from 'react-i18next';

import { FastOrderForm } from '../modules/fast-order/components/FastOrderForm';
import { PageHeader } from '../ui/PageHeader';

export function FastOrderPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('fastOrder.title')} description={t('fastOrder.description')} />
      <FastOrderForm />
    </>
  );
}
