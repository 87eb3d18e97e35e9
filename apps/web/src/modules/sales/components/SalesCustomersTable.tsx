import type { SalesCustomersQuery } from '@branchline/graphql-types';
import { Group, Table, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconFilePlus, IconLogin2, IconShoppingBag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { CodeCell } from '../../../ui/CodeCell';
import { IconAction } from '../../../ui/IconAction';

type SalesCustomer = SalesCustomersQuery['salesCustomers']['edges'][number]['node'];

export interface SalesCustomersTableProps {
  customers: SalesCustomer[];
}

export function SalesCustomersTable({ customers }: SalesCustomersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label={t('customers.tableLabel')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.customerNumber')}</Table.Th>
            <Table.Th>{t('customers.name')}</Table.Th>
            <Table.Th>{t('customers.location')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('customers.employees')}</Table.Th>
            <Table.Th>{t('customers.lastOrder')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('customers.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => {
            const isB2c = customer.kind === 'B2C';
            return (
              <Table.Tr key={customer.id}>
                <CodeCell>{customer.customerNumber}</CodeCell>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {customer.name}
                    </Text>
                    {isB2c && (
                      <Tooltip label={t('customers.b2cHint')} withArrow>
                        <ThemeIcon
                          variant="light"
                          color="orange"
                          size="sm"
                          radius="xl"
                          role="img"
                          tabIndex={0}
                          aria-label={t('customers.b2cHint')}
                          data-testid="b2c-flag"
                        >
                          <IconShoppingBag size={14} aria-hidden />
                        </ThemeIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {[customer.city, format.country(customer.countryCode)].filter(Boolean).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{format.number(customer.employeeCount)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={customer.lastOrderAt ? undefined : 'dimmed'}>
                    {customer.lastOrderAt ? format.date(customer.lastOrderAt) : t('customers.noOrders')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {/* Offers and impersonation come in later issues: shown, but disabled. */}
                    <IconAction
                      label={t('customers.newOffer', { name: customer.name })}
                      tooltip={t('customers.comingSoon')}
                      icon={<IconFilePlus size={16} />}
                      variant="default"
                      disabled
                    />
                    <IconAction
                      label={t('customers.loginAs', { name: customer.name })}
                      tooltip={customer.canImpersonate ? t('customers.comingSoon') : t('customers.b2cHint')}
                      icon={<IconLogin2 size={16} />}
                      variant="default"
                      disabled
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
