import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FactProps {
  label: string;
  children: ReactNode;
}

// One labelled value in a grid of facts (product, order, checkout defaults): a small caps label over the value.
export function Fact({ label, children }: FactProps) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
