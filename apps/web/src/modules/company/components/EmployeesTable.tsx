import type { EmployeeFieldsFragment } from '@branchline/graphql-types';
import { ActionIcon, Badge, Menu, Stack, Table, Text } from '@mantine/core';
import { IconDots, IconEdit, IconLinkOff, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { isSalutation } from '../model/salutations';

export interface EmployeesTableProps {
  employees: EmployeeFieldsFragment[];
  canManage: boolean;
  onEdit: (employee: EmployeeFieldsFragment) => void;
  onToggleActive: (employee: EmployeeFieldsFragment) => void;
  onUnlink: (employee: EmployeeFieldsFragment) => void;
}

export function EmployeesTable({ employees, canManage, onEdit, onToggleActive, onUnlink }: EmployeesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('company.employees.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('company.employees.name')}</Table.Th>
            <Table.Th>{t('company.employees.department')}</Table.Th>
            <Table.Th>{t('company.employees.role')}</Table.Th>
            <Table.Th>{t('company.employees.status')}</Table.Th>
            <Table.Th>{t('company.employees.since')}</Table.Th>
            {canManage && <Table.Th aria-label={t('company.actions')} w={56} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {employees.map((employee) => (
            <Table.Tr key={employee.id} data-testid="employee-row">
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {isSalutation(employee.salutation) ? `${t(`company.salutations.${employee.salutation}`)} ` : ''}
                    {employee.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {employee.email}
                    {employee.phone ? ` · ${employee.phone}` : ''}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{employee.department ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                {employee.isAdmin ? (
                  <Badge variant="light" color="brand">
                    {t('company.employees.administrator')}
                  </Badge>
                ) : (
                  <Text size="sm">{employee.role?.name ?? t('common.none')}</Text>
                )}
              </Table.Td>
              <Table.Td>
                {employee.active ? (
                  <Badge variant="light" color="teal">
                    {employee.hasPassword ? t('company.employees.activeStatus') : t('company.employees.invited')}
                  </Badge>
                ) : (
                  <Badge variant="light" color="gray">
                    {t('company.employees.inactiveStatus')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.date(employee.createdAt)}</Text>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('company.employees.actionsFor', { name: employee.fullName })}
                      >
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconEdit size={16} />} onClick={() => onEdit(employee)}>
                        {t('company.edit')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={employee.active ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
                        onClick={() => onToggleActive(employee)}
                      >
                        {employee.active ? t('company.employees.deactivate') : t('company.employees.reactivate')}
                      </Menu.Item>
                      <Menu.Divider />
                      <Menu.Item color="red" leftSection={<IconLinkOff size={16} />} onClick={() => onUnlink(employee)}>
                        {t('company.employees.unlink')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
