import type { MantineSpacing } from '@mantine/core';
import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

export interface DataTableColumn<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
}

export interface DataTableRowActions<T> {
  // The header cell has no text, so screen readers get this name for the column.
  label: string;
  render: (row: T) => ReactNode;
}

export interface DataTableProps<T> {
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: DataTableColumn<T>[];
  // A right-aligned last column, only when the viewer may act on the rows.
  rowActions?: DataTableRowActions<T>;
  // Shown instead of the table when there are no rows.
  empty: ReactNode;
  minWidth: number;
  verticalSpacing?: MantineSpacing;
  rowStyle?: CSSProperties;
}

// A plain list table: one row per item, columns given as header + cell renderer, row actions last.
export function DataTable<T>({
  label,
  rows,
  rowKey,
  columns,
  rowActions,
  empty,
  minWidth,
  verticalSpacing = 'sm',
  rowStyle,
}: DataTableProps<T>) {
  if (rows.length === 0) return <>{empty}</>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing={verticalSpacing} highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key}>{column.header}</Table.Th>
            ))}
            {rowActions && <Table.Th aria-label={rowActions.label} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} style={rowStyle}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(row)}</Table.Td>
              ))}
              {rowActions && <Table.Td ta="right">{rowActions.render(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
