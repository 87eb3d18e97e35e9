import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface SortableThProps {
  children: ReactNode;
  sortLabel: string;
  direction: 'ASC' | 'DESC' | null;
  align?: 'left' | 'right';
  onSort: () => void;
}

export function SortableTh({ children, sortLabel, direction, align = 'left', onSort }: SortableThProps) {
  const Icon = direction === 'ASC' ? IconChevronUp : direction === 'DESC' ? IconChevronDown : IconSelector;
  const ariaSort = direction === 'ASC' ? 'ascending' : direction === 'DESC' ? 'descending' : 'none';
  return (
    <Table.Th aria-sort={ariaSort} style={{ textAlign: align }}>
      <UnstyledButton onClick={onSort} aria-label={sortLabel} title={sortLabel}>
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <Text fw={700} size="sm" component="span">
            {children}
          </Text>
          <Icon size={14} stroke={1.8} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
