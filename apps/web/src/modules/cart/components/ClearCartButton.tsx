import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useClearCart } from '../hooks/useClearCart';

// Emptying a cart of fifty lines by accident is expensive, so it asks first.
export function ClearCartButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { clearCart, loading } = useClearCart();

  const handleConfirm = async () => {
    try {
      await clearCart();
      close();
    } catch {
      notifications.show({ color: 'red', message: t('cart.clearFailed') });
    }
  };

  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrashX size={16} />} onClick={open}>
        {t('cart.clear')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('cart.clearTitle')} centered>
        <Text size="sm">{t('cart.clearText')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void handleConfirm()} loading={loading}>
            {t('cart.clearConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
