import type { Availability } from '@branchline/graphql-types';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const AVAILABILITY_COLORS: Record<Availability, string> = {
  IN_STOCK: 'green',
  LOW_STOCK: 'yellow',
  OUT_OF_STOCK: 'gray',
};

export interface AvailabilityBadgeProps {
  availability: Availability;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

export function AvailabilityBadge({ availability, size = 'sm' }: AvailabilityBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={AVAILABILITY_COLORS[availability]}
      variant="dot"
      size={size}
      radius="sm"
      tt="none"
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      {t(`catalog.availability.${availability}`)}
    </Badge>
  );
}
