import type { FastOrderRowStatus } from '@branchline/graphql-types';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<FastOrderRowStatus, string> = {
  OK: 'teal',
  UNKNOWN: 'red',
  NOT_IN_ASSORTMENT: 'red',
  NOT_AVAILABLE: 'red',
  BELOW_MINIMUM: 'orange',
  PACK_SIZE_MISMATCH: 'orange',
  INVALID_QUANTITY: 'orange',
};

export interface FastOrderStatusBadgeProps {
  status: FastOrderRowStatus;
}

export function FastOrderStatusBadge({ status }: FastOrderStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
      {t(`fastOrder.status.${status}`)}
    </Badge>
  );
}
