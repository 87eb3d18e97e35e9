import type { QuickSearchMatch } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import { Badge, Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useQuickSearch } from '../hooks/useQuickSearch';

const QUICK_SEARCH_DEBOUNCE_MS = 200;

export interface QuickSearchProps {
  onOpenProduct: (productId: string) => void;
}

interface MatchedTextProps {
  matched: boolean;
  children: ReactNode;
  monospace?: boolean;
}

// The field the query matched is highlighted, so a hit found by an own number is recognisable.
function MatchedText({ matched, children, monospace = false }: MatchedTextProps) {
  return (
    <Text
      span
      size="xs"
      ff={monospace ? 'monospace' : undefined}
      fw={matched ? 700 : undefined}
      c={matched ? 'brand.8' : 'dimmed'}
      bg={matched ? 'var(--mantine-color-brand-0)' : undefined}
      px={matched ? 4 : 0}
      style={{ borderRadius: 'var(--mantine-radius-xs)' }}
    >
      {children}
    </Text>
  );
}

// Header search over names, SKUs and own numbers, answering as the user types (typos tolerated by the API).
export function QuickSearch({ onOpenProduct }: QuickSearchProps) {
  const { t } = useTranslation();
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });
  const [value, setValue] = useState('');
  const [debounced] = useDebouncedValue(value, QUICK_SEARCH_DEBOUNCE_MS);
  const { hits, loading, searched } = useQuickSearch(debounced);
  const pending = loading || debounced !== value;

  const matchLabel = (match: QuickSearchMatch) => t(`quickSearch.matched.${match}`);

  const handleOptionSubmit = (productId: string) => {
    combobox.closeDropdown();
    setValue('');
    onOpenProduct(productId);
  };

  const handleChange = (next: string) => {
    setValue(next);
    combobox.openDropdown();
    combobox.resetSelectedOption();
  };

  // Enter with nothing highlighted opens the best hit, as users of search boxes expect.
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const best = hits[0];
    if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1 && best && !pending) {
      event.preventDefault();
      handleOptionSubmit(best.product.id);
    }
    if (event.key === 'Escape') combobox.closeDropdown();
  };

  const showDropdown = value.trim().length >= LIMITS.searchTerm.minLength;

  return (
    <Combobox store={combobox} onOptionSubmit={handleOptionSubmit} withinPortal position="bottom-start" shadow="md">
      <Combobox.Target withExpandedAttribute>
        <TextInput
          role="combobox"
          aria-autocomplete="list"
          value={value}
          onChange={(event) => handleChange(event.currentTarget.value)}
          onFocus={() => showDropdown && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={handleKeyDown}
          placeholder={t('quickSearch.placeholder')}
          aria-label={t('quickSearch.label')}
          leftSection={<IconSearch size={16} />}
          rightSection={pending && showDropdown ? <Loader size={14} /> : null}
          w={{ base: 220, md: 380 }}
          autoComplete="off"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!showDropdown} miw={440}>
        <Combobox.Options aria-label={t('quickSearch.results')}>
          {hits.map((hit) => (
            <Combobox.Option value={hit.product.id} key={hit.product.id} aria-label={hit.product.name}>
              <Stack gap={2}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Text size="sm" fw={hit.matchedOn === 'NAME' ? 600 : 500} lineClamp={1}>
                    {hit.product.name}
                  </Text>
                  <Badge size="xs" variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
                    {matchLabel(hit.matchedOn)}
                  </Badge>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <MatchedText matched={hit.matchedOn === 'SKU'} monospace>
                    {t('catalog.skuShort')} {hit.product.sku}
                  </MatchedText>
                  {hit.customerProductNumber && (
                    <MatchedText matched={hit.matchedOn === 'CUSTOMER_NUMBER'} monospace>
                      {t('catalog.ownNumberShort')} {hit.customerProductNumber}
                    </MatchedText>
                  )}
                </Group>
              </Stack>
            </Combobox.Option>
          ))}
          {hits.length === 0 && searched && !pending && <Combobox.Empty>{t('quickSearch.noHits')}</Combobox.Empty>}
          {hits.length === 0 && pending && <Combobox.Empty>{t('quickSearch.searching')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
