import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShoppingCart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import { useFormat } from '../../../lib/use-format';
import { CodeCell } from '../../../ui/CodeCell';
import type { ReorderResult } from '../hooks/useReorder';

export interface ReorderResultModalProps {
  orderNumber: string;
  result: ReorderResult | null;
  onClose: () => void;
}

// What a reorder did: how many products went into the cart and which old lines could not, and why.
export function ReorderResultModal({ orderNumber, result, onClose }: ReorderResultModalProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const failed = result !== null && result.userErrors.length > 0;
  return (
    <Modal
      opened={result !== null}
      onClose={onClose}
      title={t('reorder.title', { number: orderNumber })}
      size="lg"
      centered
    >
      {result && (
        <Stack gap="md">
          {failed ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {result.userErrors.map((error) => error.message).join(' ')}
            </Alert>
          ) : (
            <Alert
              color={result.addedLineCount > 0 ? 'teal' : 'orange'}
              variant="light"
              icon={result.addedLineCount > 0 ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
              role="status"
              data-testid="reorder-summary"
            >
              {t('reorder.added', { count: result.addedLineCount })}
            </Alert>
          )}
          {result.skippedLines.length > 0 && (
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('reorder.skippedTitle', { count: result.skippedLines.length })}
              </Text>
              <Table aria-label={t('reorder.skippedTable')} striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('orderDetail.sku')}</Table.Th>
                    <Table.Th>{t('orderDetail.name')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('orderDetail.quantity')}</Table.Th>
                    <Table.Th>{t('reorder.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.skippedLines.map((line) => (
                    <Table.Tr key={`${line.productId}-${line.sku}`}>
                      <CodeCell>{line.sku}</CodeCell>
                      <Table.Td>
                        <Text size="sm">{line.name}</Text>
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{format.number(line.quantity)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="red.8">
                          {line.message}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('reorder.close')}
            </Button>
            {result.addedLineCount > 0 && (
              <Button component={Link} to={paths.cart} leftSection={<IconShoppingCart size={18} />}>
                {t('reorder.toCart')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
