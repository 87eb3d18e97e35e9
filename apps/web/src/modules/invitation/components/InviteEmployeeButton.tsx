import { Button } from '@mantine/core';
import { IconMailShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { InviteEmployeeModal } from './InviteEmployeeModal';

// Admins only: the caller decides (MANAGE_EMPLOYEES); the API checks again.
export function InviteEmployeeButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" leftSection={<IconMailShare size={16} />} onClick={() => setOpened(true)}>
        {t('invitation.open')}
      </Button>
      <InviteEmployeeModal opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
