import { Center, Stack, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon: Icon;
  children: ReactNode;
}

// What a list shows when nothing matches: an icon and one line of text.
export function EmptyState({ icon: IconComponent, children }: EmptyStateProps) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <IconComponent size={32} color="var(--mantine-color-gray-5)" aria-hidden />
        <Text c="dimmed">{children}</Text>
      </Stack>
    </Center>
  );
}
