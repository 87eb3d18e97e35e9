import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionHeadingProps {
  title: ReactNode;
  // One dimmed line under the title that says what the section is for.
  description?: ReactNode;
  // For a surrounding section's aria-labelledby.
  id?: string;
  // 'md' for a heading inside a side card.
  size?: 'md' | 'lg';
}

// The heading of a card: an h2 with an optional hint below it.
export function SectionHeading({ title, description, id, size = 'lg' }: SectionHeadingProps) {
  return (
    <Stack gap={4}>
      <Title order={2} fz={size} id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
    </Stack>
  );
}
