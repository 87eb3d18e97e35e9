import type { OrderStatus } from '@branchline/graphql-types';
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFilterOff, IconPackage, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { DayRange, OrderFilterValues } from '../model/order-filters';
import { ORDER_STATUSES } from '../model/order-statuses';

export interface CostCenterOption {
  id: string;
  code: string;
  name: string;
}

export interface OrderFiltersProps {
  value: OrderFilterValues;
  costCenters: CostCenterOption[];
  onSearchChange: (search: string) => void;
  onProductSearchChange: (search: string) => void;
  onAmountRangeChange: (range: [string, string]) => void;
  onCostCenterChange: (costCenterId: string | null) => void;
  onStatusesChange: (statuses: OrderStatus[]) => void;
  onPlacedRangeChange: (range: DayRange) => void;
  onReset: () => void;
}

// Accepts "1.234,50" and "1,234.50" alike and keeps what the API understands: "1234.50".
function normaliseAmount(text: string): string {
  const cleaned = text.replace(/[^\d.,]/g, '');
  const lastSeparator = Math.max(cleaned.lastIndexOf(','), cleaned.lastIndexOf('.'));
  if (lastSeparator === -1 || cleaned.length - lastSeparator > 3) return cleaned.replace(/[.,]/g, '');
  return `${cleaned.slice(0, lastSeparator).replace(/[.,]/g, '')}.${cleaned.slice(lastSeparator + 1)}`;
}

export function OrderFilters({
  value,
  costCenters,
  onSearchChange,
  onProductSearchChange,
  onAmountRangeChange,
  onCostCenterChange,
  onStatusesChange,
  onPlacedRangeChange,
  onReset,
}: OrderFiltersProps) {
  const { t } = useTranslation();
  const hasFilters =
    value.statuses.length > 0 ||
    value.placedRange.some(Boolean) ||
    value.search.trim() !== '' ||
    value.productSearch.trim() !== '' ||
    value.grossTotalMin !== '' ||
    value.grossTotalMax !== '' ||
    Boolean(value.costCenterId);

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
      <TextInput
        label={t('orders.productSearch')}
        placeholder={t('orders.productSearchPlaceholder')}
        leftSection={<IconPackage size={16} />}
        value={value.productSearch}
        onChange={(event) => onProductSearchChange(event.currentTarget.value)}
        w={{ base: '100%', sm: 240 }}
        type="search"
      />
      <Group gap={6} align="flex-end" wrap="nowrap">
        <TextInput
          label={t('orders.amountMin')}
          placeholder={t('orders.amountAny')}
          value={value.grossTotalMin}
          onChange={(event) => onAmountRangeChange([normaliseAmount(event.currentTarget.value), value.grossTotalMax])}
          inputMode="decimal"
          w={120}
        />
        <TextInput
          label={t('orders.amountMax')}
          placeholder={t('orders.amountAny')}
          value={value.grossTotalMax}
          onChange={(event) => onAmountRangeChange([value.grossTotalMin, normaliseAmount(event.currentTarget.value)])}
          inputMode="decimal"
          w={120}
        />
      </Group>
      {costCenters.length > 0 && (
        <Select
          label={t('orders.costCenter')}
          placeholder={t('orders.costCenterAny')}
          data={costCenters.map((center) => ({ value: center.id, label: `${center.code} · ${center.name}` }))}
          value={value.costCenterId}
          onChange={onCostCenterChange}
          clearable
          searchable
          w={{ base: '100%', sm: 240 }}
        />
      )}
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onReset}>
          {t('orders.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
