import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useQuickSearch } from '../../catalog/hooks/useQuickSearch';

export interface PickedProduct {
  id: string;
  label: string;
}

export interface ProductPickerProps {
  value: PickedProduct | null;
  error?: string;
  onChange: (product: PickedProduct | null) => void;
}

// Finds the product for a new own number with the same typo-tolerant search as the header.
export function ProductPicker({ value, error, onChange }: ProductPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  // Searching for the chosen product's own label would only repeat it.
  const { hits, loading } = useQuickSearch(debounced === value?.label ? '' : debounced);

  const options = hits.map((hit) => ({ value: hit.product.id, label: `${hit.product.sku} · ${hit.product.name}` }));
  // Keep the chosen product selectable even when the current hits no longer contain it.
  if (value && !options.some((option) => option.value === value.id))
    options.unshift({ value: value.id, label: value.label });

  const handleChange = (id: string | null) => {
    const option = options.find((candidate) => candidate.value === id);
    onChange(option ? { id: option.value, label: option.label } : null);
  };

  return (
    <Select
      label={t('productNumbers.product')}
      placeholder={t('productNumbers.productPlaceholder')}
      data={options}
      value={value?.id ?? null}
      onChange={handleChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim().length >= 2 && !loading ? t('quickSearch.noHits') : undefined}
      rightSection={loading ? <Loader size={14} /> : undefined}
      error={error}
      required
      data-autofocus
    />
  );
}
