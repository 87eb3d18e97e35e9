import type { EmployeeImportStatus } from '@branchline/graphql-types';
import { Alert, Badge, Group, Paper, Progress, ScrollArea, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import type { EmployeeImportProgress } from '../hooks/useChunkedEmployeeImport';

const STATUS_COLORS: Record<EmployeeImportStatus, string> = {
  CREATED: 'teal',
  UPDATED: 'blue',
  UNCHANGED: 'gray',
  REJECTED: 'red',
};

export interface EmployeeImportReportProps {
  progress: EmployeeImportProgress;
}

export function EmployeeImportReport({ progress }: EmployeeImportReportProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = progress.totalRows === 0 ? 100 : Math.round((progress.doneRows / progress.totalRows) * 100);
  const counts: { key: EmployeeImportStatus; value: number }[] = [
    { key: 'CREATED', value: progress.created },
    { key: 'UPDATED', value: progress.updated },
    { key: 'UNCHANGED', value: progress.unchanged },
    { key: 'REJECTED', value: progress.rejected },
  ];

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" fw={500}>
            {progress.status === 'running'
              ? t('employeeImport.running')
              : progress.status === 'done'
                ? t('employeeImport.done')
                : t('employeeImport.stopped')}
          </Text>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="import-progress-text">
            {t('employeeImport.progress', {
              done: format.number(progress.doneRows),
              total: format.number(progress.totalRows),
            })}
          </Text>
        </Group>
        <Progress
          value={percent}
          size="lg"
          striped={progress.status === 'running'}
          animated={progress.status === 'running'}
          color={progress.status === 'failed' ? 'red' : 'brand'}
          aria-label={t('employeeImport.progressLabel')}
        />
      </Stack>
      {progress.status === 'failed' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          title={t('employeeImport.stoppedTitle')}
        >
          {t('employeeImport.stoppedText', { done: format.number(progress.doneRows) })}
        </Alert>
      )}
      {progress.chunkFailures.map((failure) => (
        <Alert key={failure.fromRow} color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {t('employeeImport.chunkFailed', { from: failure.fromRow, to: failure.toRow, message: failure.message })}
        </Alert>
      ))}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {counts.map((count) => (
          <Paper
            key={count.key}
            withBorder
            p="sm"
            radius="md"
            role="group"
            aria-label={t(`employeeImport.status.${count.key}`)}
          >
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`employeeImport.status.${count.key}`)}
            </Text>
            <Text fz={22} fw={700} c={count.value > 0 ? STATUS_COLORS[count.key] : undefined}>
              {format.number(count.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {progress.rows.length > 0 && (
        <ScrollArea.Autosize mah={320} type="auto">
          <Table striped highlightOnHover aria-label={t('employeeImport.tableLabel')} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('employeeImport.line')}</Table.Th>
                <Table.Th>{t('employeeImport.email')}</Table.Th>
                <Table.Th w={130}>{t('employeeImport.result')}</Table.Th>
                <Table.Th>{t('employeeImport.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {progress.rows.map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.email ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[row.status]}>
                      {t(`employeeImport.status.${row.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.message ?? ''}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {progress.status === 'done' && progress.rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('employeeImport.nothingToReview')}
        </Text>
      )}
    </Stack>
  );
}
