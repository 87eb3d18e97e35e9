import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ProductNumberProps {
  displayNumber: string;
  customerProductNumber?: string | null;
}

// The API picks the number to print (the own number replaces the SKU in REPLACING mode);
// in ADDITIONAL mode the own number goes below it.
export function ProductNumber({ displayNumber, customerProductNumber }: ProductNumberProps) {
  const { t } = useTranslation();
  const additional = customerProductNumber && customerProductNumber !== displayNumber ? customerProductNumber : null;
  return (
    <Stack gap={0}>
      <Text size="sm" ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {displayNumber}
      </Text>
      {additional && (
        <Text size="xs" c="dimmed">
          {t('catalog.ownNumberShort')}:{' '}
          <span style={{ fontFamily: 'var(--mantine-font-family-monospace)', whiteSpace: 'nowrap' }}>{additional}</span>
        </Text>
      )}
    </Stack>
  );
}
