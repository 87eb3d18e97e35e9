import { Card, Center, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

import { Logo } from './Logo';

export interface PublicCardProps {
  children: ReactNode;
  width?: number;
}

// The frame of the pages outside the signed-in shell (login, invitation, login link, company choice).
export function PublicCard({ children, width = 420 }: PublicCardProps) {
  return (
    <Center
      mih="100vh"
      p="md"
      style={{
        background: 'linear-gradient(160deg, var(--mantine-color-brand-0) 0%, var(--mantine-color-gray-0) 55%)',
      }}
    >
      <Stack w="100%" maw={width} gap="lg">
        <Center>
          <Logo size="lg" />
        </Center>
        <Card p="xl" shadow="md">
          {children}
        </Card>
      </Stack>
    </Center>
  );
}
