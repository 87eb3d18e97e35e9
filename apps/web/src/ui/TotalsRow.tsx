import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TotalsRowProps {
  label: ReactNode;
  children: ReactNode;
  // The grand total: bold, and the value carries a test id.
  strong?: boolean;
  valueTestId?: string;
}

// One line of a totals block (cart, checkout, order): label left, amount right.
export function TotalsRow({ label, children, strong = false, valueTestId }: TotalsRowProps) {
  return (
    <Group justify="space-between">
      {strong ? (
        <Text fw={700}>{label}</Text>
      ) : (
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      )}
      <Text size={strong ? undefined : 'sm'} fw={strong ? 700 : undefined} data-testid={valueTestId}>
        {children}
      </Text>
    </Group>
  );
}
