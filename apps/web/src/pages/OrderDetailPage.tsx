import { Alert, Anchor, Button, Group } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconReceiptOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { paths } from '../lib/paths';
import { useFormat } from '../lib/use-format';
import type { PlacedOrderState } from '../modules/checkout/model/placed-order';
import { usePermission } from '../modules/identity/hooks/usePermission';
import { OrderDetail } from '../modules/orders/components/OrderDetail';
import { OrderStatusBadge } from '../modules/orders/components/OrderStatusBadge';
import { ReorderButton } from '../modules/orders/components/ReorderButton';
import { useOrder } from '../modules/orders/hooks/useOrder';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { StatusPage } from '../ui/StatusPage';

export function OrderDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { orderId = '' } = useParams();
  const { order, loading, error, notFound, refetch } = useOrder(orderId);
  const canOrder = usePermission('PLACE_ORDERS');
  // Set by checkout when it lands here with the order it just placed.
  const placed = (useLocation().state as Partial<PlacedOrderState> | null)?.placedOrder;

  // History back keeps the list's filters (they live in its URL); a direct visit falls back to the list.
  const handleBack = () => {
    if (window.history.state?.idx > 0) void navigate(-1);
    else void navigate(paths.orders);
  };

  const backLink = (
    <Anchor component="button" type="button" size="sm" onClick={handleBack} w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('orderDetail.back')}
      </Group>
    </Anchor>
  );

  if (notFound) {
    return (
      <StatusPage
        icon={<IconReceiptOff size={32} />}
        color="gray"
        title={t('orderDetail.notFound')}
        text={t('orderDetail.notFoundText')}
        action={
          <Button component={Link} to={paths.orders} variant="light">
            {t('orderDetail.back')}
          </Button>
        }
      />
    );
  }
  if (error) {
    return (
      <>
        <PageHeader title={t('orderDetail.loadError')} above={backLink} />
        <ErrorNotice
          title={t('orderDetail.loadError')}
          message={error.message}
          retryLabel={t('errors.retry')}
          onRetry={() => void refetch()}
        />
      </>
    );
  }
  if (loading || !order) return <CenteredLoader label={t('app.loading')} />;

  return (
    <>
      <PageHeader
        above={backLink}
        title={t('orderDetail.title', { number: order.number })}
        description={`${t('orderDetail.placedAt')}: ${format.date(order.placedAt)} · ${format.money(order.grossTotal)}`}
        actions={
          <Group gap="sm">
            <OrderStatusBadge status={order.status} size="lg" />
            {canOrder && <ReorderButton orderId={order.id} orderNumber={order.number} />}
          </Group>
        }
      />
      {placed && placed.number === order.number && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={20} />}
          title={t('checkout.placedTitle', { number: order.number })}
          mb="lg"
          role="status"
          data-testid="order-placed"
        >
          {placed.replayed ? t('checkout.placedReplayed') : t('checkout.placedText')}
        </Alert>
      )}
      <OrderDetail order={order} />
    </>
  );
}
