import type { MantineSize } from '@mantine/core';
import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { Fragment } from 'react';

import { useRetained } from '../lib/use-retained';

export interface FormModalProps<T extends { mode: 'create' | 'edit' }> {
  // What the dialog creates or edits; null closes it.
  target: T | null;
  titles: { create: string; edit: string };
  size: MantineSize;
  onClose: () => void;
  // The form for one opening.
  children: (target: T) => ReactNode;
}

// The dialog around a create/edit form. The form is mounted afresh for each opening, so it starts from that
// target's values; the last one stays visible while the dialog fades out.
export function FormModal<T extends { mode: 'create' | 'edit' }>({
  target,
  titles,
  size,
  onClose,
  children,
}: FormModalProps<T>) {
  const shown = useRetained(target);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={shown.value?.mode === 'edit' ? titles.edit : titles.create}
      size={size}
    >
      {shown.value && <Fragment key={shown.version}>{children(shown.value)}</Fragment>}
    </Modal>
  );
}
