import { Box, Loader, NavLink, Stack, Text } from '@mantine/core';
import { IconCategory, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { useCategories } from '../hooks/useCategories';

export interface CategoryNavProps {
  selectedId: string | null;
  onSelect: (categoryId: string | null) => void;
}

interface CategoryLevelProps {
  parentId: string | null;
  depth: number;
  selectedId: string | null;
  expanded: Set<string>;
  onSelect: (categoryId: string) => void;
}

// One level of the tree; a level's children load only when it is opened.
function CategoryLevel({ parentId, depth, selectedId, expanded, onSelect }: CategoryLevelProps) {
  const format = useFormat();
  const { categories, loading } = useCategories(parentId);
  if (loading && categories.length === 0) {
    return (
      <Box pl={depth * 16 + 12} py={6}>
        <Loader size="xs" />
      </Box>
    );
  }
  return (
    <>
      {categories.map((category) => {
        const open = expanded.has(category.id);
        const Chevron = open ? IconChevronDown : IconChevronRight;
        return (
          <Box key={category.id}>
            <NavLink
              component="button"
              type="button"
              label={category.name}
              active={selectedId === category.id}
              aria-current={selectedId === category.id ? 'true' : undefined}
              aria-expanded={open}
              onClick={() => onSelect(category.id)}
              leftSection={<Chevron size={14} stroke={1.8} aria-hidden />}
              rightSection={
                <Text size="xs" c="dimmed">
                  {format.number(category.productCount)}
                </Text>
              }
              pl={depth * 16 + 8}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
            {open && (
              <CategoryLevel
                parentId={category.id}
                depth={depth + 1}
                selectedId={selectedId}
                expanded={expanded}
                onSelect={onSelect}
              />
            )}
          </Box>
        );
      })}
    </>
  );
}

export function CategoryNav({ selectedId, onSelect }: CategoryNavProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(selectedId ? [selectedId] : []));

  // Choosing a category opens it; choosing the selected one again closes it.
  const handleSelect = (categoryId: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (selectedId === categoryId && next.has(categoryId)) next.delete(categoryId);
      else next.add(categoryId);
      return next;
    });
    onSelect(categoryId);
  };

  return (
    <Stack gap={2} component="nav" aria-label={t('catalog.categories')}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" px="xs" pb={4} style={{ letterSpacing: '0.04em' }}>
        {t('catalog.categories')}
      </Text>
      <NavLink
        component="button"
        type="button"
        label={t('catalog.allCategories')}
        leftSection={<IconCategory size={16} stroke={1.7} aria-hidden />}
        active={selectedId === null}
        aria-current={selectedId === null ? 'true' : undefined}
        onClick={() => onSelect(null)}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      />
      <CategoryLevel parentId={null} depth={0} selectedId={selectedId} expanded={expanded} onSelect={handleSelect} />
    </Stack>
  );
}
