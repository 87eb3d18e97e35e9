import { Button, FileButton, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useChunkedEmployeeImport } from '../hooks/useChunkedEmployeeImport';
import { useExportEmployees } from '../hooks/useExportEmployees';
import { EmployeeImportReport } from './EmployeeImportReport';

function download(fileName: string, text: string) {
  // BOM: spreadsheet programs then read the umlauts in names as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  URL.revokeObjectURL(url);
}

// Admins only (the API allows both with MANAGE_EMPLOYEES): the caller decides.
export function EmployeeCsvActions() {
  const { t } = useTranslation();
  const { exportEmployees, loading: exporting } = useExportEmployees();
  const { progress, start, reset } = useChunkedEmployeeImport();
  const [opened, setOpened] = useState(false);

  const handleExport = async () => {
    try {
      download('employees.csv', await exportEmployees());
    } catch {
      notifications.show({ color: 'red', title: t('employeeImport.exportFailed'), message: t('errors.network') });
    }
  };

  const handleFile = async (file: File | null) => {
    if (!file) return;
    setOpened(true);
    await start(file.name, await file.text());
  };

  const handleClose = () => {
    // A running import keeps going on the server side chunk by chunk; the dialog stays until it ends.
    if (progress?.status === 'running') return;
    setOpened(false);
    reset();
  };

  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconDownload size={16} />}
        loading={exporting}
        onClick={() => void handleExport()}
      >
        {t('employeeImport.export')}
      </Button>
      <FileButton onChange={(file) => void handleFile(file)} accept=".csv,text/csv,text/plain">
        {(props) => (
          <Button
            variant="default"
            leftSection={<IconUpload size={16} />}
            disabled={progress?.status === 'running'}
            {...props}
          >
            {t('employeeImport.import')}
          </Button>
        )}
      </FileButton>
      <Modal
        opened={opened}
        onClose={handleClose}
        title={t('employeeImport.modalTitle', { file: progress?.fileName ?? '' })}
        size="xl"
        closeOnClickOutside={progress?.status !== 'running'}
        withCloseButton={progress?.status !== 'running'}
      >
        {progress && <EmployeeImportReport progress={progress} />}
        {progress && progress.status !== 'running' && (
          <Group justify="flex-end" mt="lg">
            <Button onClick={handleClose}>{t('employeeImport.close')}</Button>
          </Group>
        )}
        {!progress && <Text size="sm">{t('app.loading')}</Text>}
      </Modal>
    </Group>
  );
}
