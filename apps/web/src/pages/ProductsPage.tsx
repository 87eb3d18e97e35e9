import { useTranslation } from 'react-i18next';

import { ProductBrowser } from '../modules/catalog/components/ProductBrowser';
import { PageHeader } from '../ui/PageHeader';

export function ProductsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('catalog.title')} description={t('catalog.description')} />
      <ProductBrowser />
    </>
  );
}
