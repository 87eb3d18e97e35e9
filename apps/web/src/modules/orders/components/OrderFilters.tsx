import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { OrderStatus } from '@branchline/graphql-types';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { ORDER_STATUSES } from './OrderStatusBadge';

// Calendar days as 'YYYY-MM-DD', the format Mantine's date inputs produce.
export type DayRange = [string | null, string | null];

export interface OrderFilterValues {
  statuses: OrderStatus[];
  placedRange: DayRange;
  search: string;
}

export interface OrderFiltersProps {
  value: OrderFilterValues;
  onSearchChange: (search: string) => void;
  onStatusesChange: (statuses: OrderStatus[]) => void;
  onPlacedRangeChange: (range: DayRange) => void;
  onReset: () => void;
}

export function OrderFilters({ value, onSearchChange, onStatusesChange, onPlacedRangeChange, onReset }: OrderFiltersProps) {
  const { t } = useTranslation();
  const hasFilters = value.statuses.length > 0 || value.placedRange.some(Boolean) || value.search.trim() !== '';

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('orders.searchLabel')}
        placeholder={t('orders.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        w={{ base: '100%', sm: 240 }}
        type="search"
      />
      <MultiSelect
        label={t('orders.statusFilter')}
        placeholder={value.statuses.length === 0 ? t('orders.statusPlaceholder') : undefined}
        data={ORDER_STATUSES.map((status) => ({ value: status, label: t(`orderStatus.${status}`) }))}
        value={value.statuses}
        onChange={(statuses) => onStatusesChange(statuses as OrderStatus[])}
        clearable
        w={{ base: '100%', sm: 320 }}
      />
      <DatePickerInput
        type="range"
        label={t('orders.dateRange')}
        placeholder={t('orders.dateRangePlaceholder')}
        leftSection={<IconCalendar size={16} />}
        value={value.placedRange}
        onChange={onPlacedRangeChange}
        clearable
        allowSingleDateInRange
        w={{ base: '100%', sm: 260 }}
      />
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onReset}>
          {t('orders.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
