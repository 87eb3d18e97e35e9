import { Button, Group, Switch, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ProductFiltersProps {
  search: string;
  onlyAvailable: boolean;
  hasFilters: boolean;
  onSearchChange: (search: string) => void;
  onOnlyAvailableChange: (onlyAvailable: boolean) => void;
  onReset: () => void;
}

export function ProductFilters({
  search,
  onlyAvailable,
  hasFilters,
  onSearchChange,
  onOnlyAvailableChange,
  onReset,
}: ProductFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <TextInput
        label={t('catalog.searchLabel')}
        placeholder={t('catalog.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        w={{ base: '100%', sm: 340 }}
        type="search"
      />
      <Switch
        label={t('catalog.onlyAvailable')}
        checked={onlyAvailable}
        onChange={(event) => onOnlyAvailableChange(event.currentTarget.checked)}
        mb={8}
      />
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onReset}>
          {t('catalog.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
