import type { ImportRowStatus } from '@branchline/graphql-types';
import { LIMITS } from '@branchline/graphql-types';
import {
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { CodeCell } from '../../../ui/CodeCell';
import { SectionHeading } from '../../../ui/SectionHeading';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useImportCustomerProductNumbers } from '../hooks/useImportCustomerProductNumbers';

const STATUS_COLORS: Record<ImportRowStatus, string> = {
  CREATED: 'teal',
  UPDATED: 'blue',
  UNCHANGED: 'gray',
  REJECTED: 'red',
};
// The API's limit in characters; a UTF-8 file has at least as many bytes, so no file within it is refused.
const MAX_FILE_BYTES = LIMITS.productNumberImport.maxCsvCharacters;

export function ProductNumberImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const { importCsv, report, loading, error, reset } = useImportCustomerProductNumbers();

  const handleFileChange = (next: File | null) => {
    setFileError(
      next && next.size > MAX_FILE_BYTES
        ? t('productNumbers.import.tooLarge', { megabytes: format.number(MAX_FILE_BYTES / 1_000_000) })
        : null,
    );
    setFile(next);
    if (next) setPasted('');
    reset();
  };

  const handlePasteChange = (value: string) => {
    setPasted(value);
    if (value) setFile(null);
    reset();
  };

  const handleImport = async () => {
    if (fileError) return;
    const csv = file ? await file.text() : pasted;
    if (!csv.trim()) {
      setFileError(t('productNumbers.import.empty'));
      return;
    }
    try {
      await importCsv(csv);
    } catch {
      // The hook's error state shows the failure.
    }
  };

  const counts: [string, number, string][] = report
    ? [
        [t('productNumbers.import.status.CREATED'), report.createdCount, STATUS_COLORS.CREATED],
        [t('productNumbers.import.status.UPDATED'), report.updatedCount, STATUS_COLORS.UPDATED],
        [t('productNumbers.import.status.UNCHANGED'), report.unchangedCount, STATUS_COLORS.UNCHANGED],
        [t('productNumbers.import.status.REJECTED'), report.rejectedCount, STATUS_COLORS.REJECTED],
      ]
    : [];

  return (
    <Card>
      <Stack gap="md">
        <SectionHeading title={t('productNumbers.import.title')} description={t('productNumbers.import.description')} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <FileInput
            label={t('productNumbers.import.file')}
            placeholder={t('productNumbers.import.filePlaceholder')}
            accept=".csv,text/csv,text/plain"
            leftSection={<IconFileTypeCsv size={16} />}
            value={file}
            onChange={handleFileChange}
            clearable
            error={fileError}
          />
          <Textarea
            label={t('productNumbers.import.paste')}
            placeholder={'number;sku\nACME-4711-20001;BL-10115'}
            value={pasted}
            onChange={(event) => handlePasteChange(event.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={10}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        </SimpleGrid>
        <Group>
          <Button
            leftSection={<IconUpload size={16} />}
            onClick={() => void handleImport()}
            loading={loading}
            disabled={!file && !pasted.trim()}
          >
            {t('productNumbers.import.submit')}
          </Button>
        </Group>
        {loading && <Progress value={100} animated striped aria-label={t('productNumbers.import.running')} />}
        {error && (
          <UserErrorAlert
            title={t('productNumbers.import.failed')}
            errors={[{ code: 'FAILED', message: error.message }]}
          />
        )}
        {report && (
          <Stack gap="md" data-testid="import-report">
            <UserErrorAlert title={t('productNumbers.import.fileRejected')} errors={report.userErrors} />
            {report.userErrors.length === 0 && (
              <>
                <Group gap="sm" role="group" aria-label={t('productNumbers.import.summary')}>
                  {counts.map(([label, count, color]) => (
                    <Badge key={label} color={color} variant="light" size="lg" radius="sm" tt="none">
                      {label}: {format.number(count)}
                    </Badge>
                  ))}
                </Group>
                <Table.ScrollContainer minWidth={640}>
                  <Table aria-label={t('productNumbers.import.reportLabel')} striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={72}>{t('productNumbers.import.row')}</Table.Th>
                        <Table.Th>{t('productNumbers.number')}</Table.Th>
                        <Table.Th>{t('productNumbers.sku')}</Table.Th>
                        <Table.Th>{t('productNumbers.import.statusLabel')}</Table.Th>
                        <Table.Th>{t('productNumbers.import.message')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {report.rows.map((row) => (
                        <Table.Tr key={row.row}>
                          <Table.Td>{format.number(row.row)}</Table.Td>
                          <CodeCell>{row.number || t('common.none')}</CodeCell>
                          <CodeCell>{row.sku || t('common.none')}</CodeCell>
                          <Table.Td>
                            <Badge color={STATUS_COLORS[row.status]} variant="light" radius="sm" tt="none">
                              {t(`productNumbers.import.status.${row.status}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" c={row.status === 'REJECTED' ? 'red.8' : 'dimmed'}>
                              {row.message ?? ''}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
