import type { PriceSource } from '@branchline/graphql-types';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PriceSourceBadgeProps {
  source: PriceSource;
  size?: 'xs' | 'sm' | 'md';
}

// List prices need no badge: only prices that differ from the list are worth pointing out.
export function PriceSourceBadge({ source, size = 'xs' }: PriceSourceBadgeProps) {
  const { t } = useTranslation();
  if (source === 'LIST') return null;
  return (
    <Badge
      size={size}
      radius="sm"
      variant="light"
      color={source === 'CONTRACT' ? 'teal' : 'violet'}
      tt="none"
      style={{ flexShrink: 0, overflow: 'visible' }}
      data-testid="price-source-badge"
    >
      {t(`catalog.priceSource.${source}`)}
    </Badge>
  );
}
