import { Anchor, Button, Grid, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconPackageOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { paths } from '../lib/paths';
import { AddToCartButton } from '../modules/catalog/components/AddToCartButton';
import { PriceBox } from '../modules/catalog/components/PriceBox';
import { ProductFacts } from '../modules/catalog/components/ProductFacts';
import { useProduct } from '../modules/catalog/hooks/useProduct';
import { usePermission } from '../modules/identity/hooks/usePermission';
import { ProductOwnNumberField } from '../modules/product-numbers/components/ProductOwnNumberField';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { StatusPage } from '../ui/StatusPage';

export function ProductDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { productId = '' } = useParams();
  const { product, loading, error, notFound, refetch } = useProduct(productId);
  const canManageNumbers = usePermission('MANAGE_PRODUCT_NUMBERS');
  const canOrder = usePermission('PLACE_ORDERS');

  // History back keeps the list's filters (they live in its URL); a direct visit falls back to the catalog.
  const handleBack = () => {
    if (window.history.state?.idx > 0) void navigate(-1);
    else void navigate(paths.products);
  };

  const backLink = (
    <Anchor component="button" type="button" size="sm" onClick={handleBack} w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('productDetail.back')}
      </Group>
    </Anchor>
  );

  if (notFound) {
    return (
      <StatusPage
        icon={<IconPackageOff size={32} />}
        color="gray"
        title={t('productDetail.notFound')}
        text={t('productDetail.notFoundText')}
        action={
          <Button component={Link} to={paths.products} variant="light">
            {t('productDetail.toCatalog')}
          </Button>
        }
      />
    );
  }
  if (error) {
    return (
      <>
        <PageHeader title={t('productDetail.loadError')} above={backLink} />
        <ErrorNotice
          title={t('productDetail.loadError')}
          message={error.message}
          retryLabel={t('errors.retry')}
          onRetry={() => void refetch()}
        />
      </>
    );
  }
  if (loading || !product) return <CenteredLoader label={t('app.loading')} />;

  return (
    <>
      <PageHeader
        above={backLink}
        title={product.name}
        description={`${product.displayNumber} · ${product.category.name}`}
      />
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <ProductFacts
              product={product}
              ownNumber={
                <ProductOwnNumberField
                  productId={product.id}
                  productLabel={`${product.sku} · ${product.name}`}
                  productName={product.name}
                  canManage={canManageNumbers}
                />
              }
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <PriceBox
            productId={product.id}
            unit={product.unit}
            minQuantity={product.minQuantity}
            packSize={product.packSize}
            renderAction={(quantity) => (
              <AddToCartButton
                productId={product.id}
                productName={product.name}
                quantity={quantity}
                canOrder={canOrder}
              />
            )}
          />
        </Grid.Col>
      </Grid>
    </>
  );
}
