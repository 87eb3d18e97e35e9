import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface NumberCellProps {
  children: ReactNode;
  // Line and order totals stand out from unit prices and quantities.
  strong?: boolean;
}

// A table cell for an amount or quantity: right-aligned and never wrapped, so columns of figures line up.
export function NumberCell({ children, strong = false }: NumberCellProps) {
  return (
    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
      <Text size="sm" fw={strong ? 600 : undefined}>
        {children}
      </Text>
    </Table.Td>
  );
}
