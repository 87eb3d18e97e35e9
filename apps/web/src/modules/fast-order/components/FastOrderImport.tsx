import { Button, FileInput, Stack, Textarea } from '@mantine/core';
import { IconClipboardText, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SectionHeading } from '../../../ui/SectionHeading';
import type { ParsedFastOrderRow } from '../utils/parse-fast-order-text';
import { parseFastOrderText } from '../utils/parse-fast-order-text';

// Guards the browser against reading a huge file by mistake; the API has its own limits.
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface FastOrderImportProps {
  onRows: (rows: ParsedFastOrderRow[]) => void;
}

export function FastOrderImport({ onRows }: FastOrderImportProps) {
  const { t } = useTranslation();
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pasteError, setPasteError] = useState<string | null>(null);

  const handleFileChange = async (next: File | null) => {
    setFile(next);
    setError(null);
    if (!next) return;
    if (next.size > MAX_FILE_BYTES) {
      setError(t('fastOrder.import.tooLarge'));
      return;
    }
    const rows = parseFastOrderText(await next.text());
    if (rows.length === 0) {
      setError(t('fastOrder.import.empty'));
      return;
    }
    onRows(rows);
  };

  const handlePaste = () => {
    const rows = parseFastOrderText(pasted);
    if (rows.length === 0) {
      setPasteError(t('fastOrder.import.empty'));
      return;
    }
    setPasteError(null);
    onRows(rows);
    setPasted('');
  };

  return (
    <Stack gap="md">
      <SectionHeading title={t('fastOrder.import.title')} description={t('fastOrder.import.description')} size="md" />
      <FileInput
        label={t('fastOrder.import.file')}
        placeholder={t('fastOrder.import.filePlaceholder')}
        accept=".csv,.txt,text/csv,text/plain"
        leftSection={<IconFileTypeCsv size={16} />}
        value={file}
        onChange={(next) => void handleFileChange(next)}
        clearable
        error={error}
      />
      <Textarea
        label={t('fastOrder.import.paste')}
        placeholder={'BL-10115;20\nACME-4711-20001;5'}
        value={pasted}
        onChange={(event) => setPasted(event.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={10}
        error={pasteError}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Button
        variant="default"
        leftSection={<IconClipboardText size={16} />}
        onClick={handlePaste}
        disabled={!pasted.trim()}
        w="fit-content"
      >
        {t('fastOrder.import.takeOver')}
      </Button>
    </Stack>
  );
}
