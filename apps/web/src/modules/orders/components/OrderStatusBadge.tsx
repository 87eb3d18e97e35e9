import type { OrderStatus } from '@branchline/graphql-types';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<OrderStatus, string> = {
  OPEN: 'blue',
  CONFIRMED: 'cyan',
  IN_PROGRESS: 'orange',
  SHIPPED: 'violet',
  COMPLETED: 'green',
  CANCELLED: 'gray',
};

export interface OrderStatusBadgeProps {
  status: OrderStatus;
  size?: 'sm' | 'md' | 'lg';
}

export function OrderStatusBadge({ status, size = 'sm' }: OrderStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size} radius="sm">
      {t(`orderStatus.${status}`)}
    </Badge>
  );
}
