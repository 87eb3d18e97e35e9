import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface CodeCellProps {
  children: ReactNode;
  // The row's own key (a customer's product number) stands out from other codes in the row.
  strong?: boolean;
}

// A table cell for a code people type or compare character by character: SKUs, numbers, references.
export function CodeCell({ children, strong = false }: CodeCellProps) {
  return (
    <Table.Td>
      <Text size="sm" ff="monospace" fw={strong ? 600 : undefined}>
        {children}
      </Text>
    </Table.Td>
  );
}
