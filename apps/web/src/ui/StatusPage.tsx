import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface StatusPageProps {
  icon: ReactNode;
  title: ReactNode;
  text?: ReactNode;
  action?: ReactNode;
  color?: string;
}

// Full-width message block for 404, "not available yet" and similar states.
export function StatusPage({ icon, title, text, action, color = 'brand' }: StatusPageProps) {
  return (
    <Stack align="center" gap="md" py={64} px="md" ta="center">
      <ThemeIcon size={64} radius="xl" variant="light" color={color} aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={1} fz={26}>
        {title}
      </Title>
      {text && (
        <Text c="dimmed" maw={520}>
          {text}
        </Text>
      )}
      {action}
    </Stack>
  );
}
