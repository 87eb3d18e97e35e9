import type { UserSessionFieldsFragment } from '@branchline/graphql-types';
import { Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { describeUserAgent } from '../utils/describe-user-agent';

export interface SessionsTableProps {
  sessions: UserSessionFieldsFragment[];
  endingId: string | null;
  onEnd: (session: UserSessionFieldsFragment) => void;
}

export function SessionsTable({ sessions, endingId, onEnd }: SessionsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('sessions.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sessions.device')}</Table.Th>
            <Table.Th>{t('sessions.company')}</Table.Th>
            <Table.Th>{t('sessions.ipAddress')}</Table.Th>
            <Table.Th>{t('sessions.createdAt')}</Table.Th>
            <Table.Th>{t('sessions.lastActiveAt')}</Table.Th>
            <Table.Th aria-label={t('sessions.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => {
            const { browser, system } = describeUserAgent(session.userAgent);
            const device = [browser, system].filter(Boolean).join(' · ') || t('sessions.unknownDevice');
            return (
              <Table.Tr key={session.id} data-testid="session-row" data-current={session.isCurrent || undefined}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <IconDeviceDesktop size={20} color="var(--mantine-color-gray-6)" aria-hidden />
                    <Stack gap={2}>
                      <Group gap={6}>
                        <Tooltip label={session.userAgent ?? t('sessions.unknownDevice')} multiline maw={420} withArrow>
                          <Text size="sm" fw={500}>
                            {device}
                          </Text>
                        </Tooltip>
                        {session.isCurrent && (
                          <Badge size="sm" color="teal" variant="light">
                            {t('sessions.thisDevice')}
                          </Badge>
                        )}
                        {session.isRepActing && (
                          <Badge size="sm" color="orange" variant="light">
                            {t('sessions.repActing')}
                          </Badge>
                        )}
                      </Group>
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{session.company?.name ?? t('common.none')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {session.ipAddress ?? t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.dateTime(session.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.dateTime(session.lastActiveAt)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    loading={endingId === session.id}
                    onClick={() => onEnd(session)}
                    aria-label={session.isCurrent ? t('sessions.endCurrentLabel') : t('sessions.endLabel', { device })}
                  >
                    {t('sessions.end')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
