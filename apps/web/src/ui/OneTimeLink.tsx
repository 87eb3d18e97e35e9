import { ActionIcon, Alert, CopyButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface OneTimeLinkProps {
  title: string;
  url: string;
  inputLabel: string;
  copyLabel: string;
  copiedLabel: string;
  // What the user must know about it: shown once, who to pass it to, when it expires.
  children?: ReactNode;
}

// A secret link the API returns only once: readable, selectable and copyable in one click.
export function OneTimeLink({ title, url, inputLabel, copyLabel, copiedLabel, children }: OneTimeLinkProps) {
  return (
    <Alert color="teal" variant="light" title={title} icon={<IconKey size={18} />}>
      <Stack gap="sm">
        {children && <Text size="sm">{children}</Text>}
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={inputLabel}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          />
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? copiedLabel : copyLabel} withArrow>
                <ActionIcon
                  size={36}
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal' : undefined}
                  onClick={copy}
                  aria-label={copyLabel}
                >
                  {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
