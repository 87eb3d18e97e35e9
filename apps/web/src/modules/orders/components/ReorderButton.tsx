import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { IconAction } from '../../../ui/IconAction';
import type { ReorderResult } from '../hooks/useReorder';
import { useReorder } from '../hooks/useReorder';
import { ReorderResultModal } from './ReorderResultModal';

export interface ReorderButtonProps {
  orderId: string;
  orderNumber: string;
  // Table rows use a compact icon; the order page a full button.
  compact?: boolean;
}

// Puts a past order's products into the cart at today's prices, then says what happened.
export function ReorderButton({ orderId, orderNumber, compact = false }: ReorderButtonProps) {
  const { t } = useTranslation();
  const { reorder, loading } = useReorder();
  const [result, setResult] = useState<ReorderResult | null>(null);

  const handleReorder = async () => {
    try {
      setResult(await reorder(orderId));
    } catch {
      notifications.show({ color: 'red', message: t('reorder.failed') });
    }
  };

  const label = t('reorder.action', { number: orderNumber });
  return (
    <>
      {compact ? (
        <IconAction
          label={label}
          icon={<IconRepeat size={18} />}
          onClick={() => void handleReorder()}
          loading={loading}
        />
      ) : (
        <Button
          variant="light"
          leftSection={<IconRepeat size={18} />}
          onClick={() => void handleReorder()}
          loading={loading}
        >
          {t('reorder.button')}
        </Button>
      )}
      <ReorderResultModal orderNumber={orderNumber} result={result} onClose={() => setResult(null)} />
    </>
  );
}
