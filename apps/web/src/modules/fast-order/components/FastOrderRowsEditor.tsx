import { ActionIcon, Button, Group, NumberInput, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { FastOrderRowValue } from '../model/fast-order-row';
import { ReferenceInput } from './ReferenceInput';

export interface FastOrderRowsEditorProps {
  rows: FastOrderRowValue[];
  // Problems from the last check, by row key.
  problems: Record<string, string>;
  onRowChange: (key: string, change: Partial<Omit<FastOrderRowValue, 'key'>>) => void;
  onRemoveRow: (key: string) => void;
  onAddRow: () => void;
}

export function FastOrderRowsEditor({ rows, problems, onRowChange, onRemoveRow, onAddRow }: FastOrderRowsEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <Table aria-label={t('fastOrder.rowsTable')} verticalSpacing={6} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>#</Table.Th>
            <Table.Th>{t('fastOrder.reference')}</Table.Th>
            <Table.Th w={160}>{t('fastOrder.quantity')}</Table.Th>
            <Table.Th w={48} aria-label={t('fastOrder.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={row.key} data-testid="fast-order-row" data-problem={problems[row.key] ? 'true' : undefined}>
              <Table.Td style={{ verticalAlign: 'top', paddingTop: 14 }}>
                <Text size="sm" c="dimmed">
                  {index + 1}
                </Text>
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <ReferenceInput
                  label={t('fastOrder.referenceRow', { row: index + 1 })}
                  value={row.reference}
                  error={problems[row.key]}
                  onChange={(reference) => onRowChange(row.key, { reference })}
                />
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <NumberInput
                  aria-label={t('fastOrder.quantityRow', { row: index + 1 })}
                  value={row.quantity}
                  onChange={(value) => onRowChange(row.key, { quantity: typeof value === 'number' ? value : '' })}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator={false}
                />
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Tooltip label={t('fastOrder.removeRow', { row: index + 1 })} withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={4}
                    onClick={() => onRemoveRow(row.key)}
                    aria-label={t('fastOrder.removeRow', { row: index + 1 })}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={onAddRow}>
          {t('fastOrder.addRow')}
        </Button>
      </Group>
    </>
  );
}
