import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface UnavailableNoticeProps {
  children: ReactNode;
  hint?: ReactNode;
}

// Honest placeholder for features that do not exist yet: never fake content.
export function UnavailableNotice({ children, hint }: UnavailableNoticeProps) {
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" style={{ borderStyle: 'dashed' }}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color="gray" radius="xl" aria-hidden>
          <IconClockHour4 size={18} />
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {children}
          </Text>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
