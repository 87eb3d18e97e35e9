import { Autocomplete, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { useQuickSearch } from '../../catalog/hooks/useQuickSearch';

const SEARCH_DEBOUNCE_MS = 200;

export interface ReferenceInputProps {
  value: string;
  label: string;
  error?: string;
  onChange: (reference: string) => void;
}

// A SKU or own number with suggestions from the quick search; whatever is typed is what gets checked.
export function ReferenceInput({ value, label, error, onChange }: ReferenceInputProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(value, SEARCH_DEBOUNCE_MS);
  const { hits } = useQuickSearch(debounced);
  const options = hits.map((hit) => ({
    // Own-number hits fill in the own number, so the reference stays what the buyer knows it by.
    value:
      hit.matchedOn === 'CUSTOMER_NUMBER' && hit.customerProductNumber ? hit.customerProductNumber : hit.product.sku,
    name: hit.product.name,
  }));
  const unique = options.filter(
    (option, index) => options.findIndex((other) => other.value === option.value) === index,
  );
  const names = new Map(unique.map((option) => [option.value, option.name]));

  return (
    <Autocomplete
      aria-label={label}
      placeholder={t('fastOrder.referencePlaceholder')}
      value={value}
      onChange={onChange}
      data={unique.map((option) => option.value)}
      // The API already ranked typo-tolerant hits; filtering them again by substring would hide them.
      filter={({ options: all }) => all}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" ff="monospace" fw={600}>
              {option.value}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {names.get(option.value)}
          </Text>
        </Stack>
      )}
      error={error}
      comboboxProps={{ width: 380, position: 'bottom-start' }}
      autoComplete="off"
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );
}
