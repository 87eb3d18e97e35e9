import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { usePermission } from '../modules/identity/hooks/usePermission';
import { DisplayModeSetting } from '../modules/product-numbers/components/DisplayModeSetting';
import { ProductNumberImport } from '../modules/product-numbers/components/ProductNumberImport';
import { ProductNumbersBrowser } from '../modules/product-numbers/components/ProductNumbersBrowser';
import { PageHeader } from '../ui/PageHeader';

export function ProductNumbersPage() {
  const { t } = useTranslation();
  const canManage = usePermission('MANAGE_PRODUCT_NUMBERS');
  return (
    <>
      <PageHeader
        title={t('productNumbers.title')}
        description={canManage ? t('productNumbers.description') : t('productNumbers.descriptionReadOnly')}
      />
      <Stack gap="lg">
        <ProductNumbersBrowser canManage={canManage} />
        <DisplayModeSetting canManage={canManage} />
        {canManage && <ProductNumberImport />}
      </Stack>
    </>
  );
}
