import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconGitBranch } from '@tabler/icons-react';

export interface LogoProps {
  size?: 'sm' | 'lg';
}

export function Logo({ size = 'sm' }: LogoProps) {
  const large = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={large ? 40 : 30} radius="md" variant="filled" aria-hidden>
        <IconGitBranch size={large ? 24 : 18} stroke={2.2} />
      </ThemeIcon>
      <Text fw={750} fz={large ? 26 : 19} c="brand.8" style={{ letterSpacing: '-0.02em' }}>
        Branchline
      </Text>
    </Group>
  );
}
