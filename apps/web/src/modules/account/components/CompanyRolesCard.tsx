import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { Card, Checkbox, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CompanyRolesCardProps {
  memberships: ViewerFieldsFragment['memberships'];
}

// Role settings are read-only here: only a company's admins assign roles, on the employee page.
export function CompanyRolesCard({ memberships }: CompanyRolesCardProps) {
  const { t } = useTranslation();
  return (
    <Card>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="lg">
            {t('accountPage.roleSetting')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('accountPage.roleSettingHint')}
          </Text>
        </Stack>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm" aria-label={t('accountPage.roleSetting')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accountPage.company')}</Table.Th>
                <Table.Th>{t('accountPage.isAdmin')}</Table.Th>
                <Table.Th>{t('accountPage.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {memberships.map((membership) => (
                <Table.Tr key={membership.company.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {membership.company.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {membership.company.customerNumber}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {/* Shown, not edited: a no-op change keeps the clear checked look a disabled box would grey out. */}
                    <Checkbox
                      checked={membership.isAdmin}
                      onChange={() => undefined}
                      aria-readonly
                      tabIndex={-1}
                      styles={{ input: { cursor: 'default' } }}
                      aria-label={t('accountPage.isAdminIn', { company: membership.company.name })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {/* Read-only for everyone; admins hold no role, so theirs is greyed out. */}
                    <TextInput
                      value={
                        membership.isAdmin ? t('accountPage.adminNoRole') : (membership.roleName ?? t('common.none'))
                      }
                      readOnly
                      disabled={membership.isAdmin}
                      variant={membership.isAdmin ? 'default' : 'filled'}
                      size="xs"
                      maw={240}
                      aria-label={t('accountPage.roleIn', { company: membership.company.name })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
