import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CompanyAddressFieldsFragment } from '@branchline/graphql-types';
import { IconEdit, IconMapPin, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AddressBlock } from '../../../ui/AddressBlock';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useCompanyAddresses } from '../hooks/useCompanyAddresses';
import { useDeleteAddress } from '../hooks/useDeleteAddress';
import { AddressFormModal } from './AddressFormModal';
import type { AddressFormTarget } from './AddressFormModal';
import { ConfirmModal } from './ConfirmModal';
import { EmptyState } from '../../../ui/EmptyState';
import type { UserErrorItem } from '../../../lib/user-errors';

export interface AddressesPanelProps {
  canManage: boolean;
}

export function AddressesPanel({ canManage }: AddressesPanelProps) {
  const { t } = useTranslation();
  const { addresses, loading, error, refetch } = useCompanyAddresses();
  const { deleteAddress, loading: deleting } = useDeleteAddress();
  const [formTarget, setFormTarget] = useState<AddressFormTarget | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<CompanyAddressFieldsFragment | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<UserErrorItem[]>([]);

  const handleSaved = () => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('company.addresses.saved') });
  };

  const handleDeleteConfirm = async () => {
    if (!deleteTarget) return;
    try {
      const userErrors = await deleteAddress({ id: deleteTarget.id });
      setDeleteErrors(userErrors);
      if (userErrors.length > 0) return;
      notifications.show({ color: 'teal', message: t('company.addresses.deleted') });
      setDeleteTarget(null);
    } catch {
      setDeleteErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <Card>
      <Stack gap="md">
        {canManage && (
          <Group justify="flex-end">
            <Button leftSection={<IconPlus size={16} />} onClick={() => setFormTarget({ mode: 'create' })}>
              {t('company.addresses.add')}
            </Button>
          </Group>
        )}
        {error && (
          <ErrorNotice title={t('company.addresses.loadError')} message={error.message} retryLabel={t('errors.retry')} onRetry={() => void refetch()} />
        )}
        {loading && <CenteredLoader label={t('app.loading')} />}
        {!loading && !error && addresses.length === 0 && (
          <EmptyState icon={IconMapPin}>{t('company.addresses.empty')}</EmptyState>
        )}
        {!loading && !error && addresses.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="md" highlightOnHover aria-label={t('company.addresses.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('company.addresses.label')}</Table.Th>
                  <Table.Th>{t('company.addresses.address')}</Table.Th>
                  <Table.Th>{t('company.addresses.usage')}</Table.Th>
                  {canManage && <Table.Th aria-label={t('company.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {addresses.map((address) => (
                  <Table.Tr key={address.id} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {address.label ?? t('common.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <AddressBlock address={address} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {address.isBilling && (
                          <Badge variant={address.isDefaultBilling ? 'filled' : 'light'} color="brand" tt="none">
                            {address.isDefaultBilling ? t('company.addresses.defaultBilling') : t('company.addresses.billing')}
                          </Badge>
                        )}
                        {address.isShipping && (
                          <Badge variant={address.isDefaultShipping ? 'filled' : 'light'} color="teal" tt="none">
                            {address.isDefaultShipping ? t('company.addresses.defaultShipping') : t('company.addresses.shipping')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    {canManage && (
                      <Table.Td ta="right">
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconEdit size={14} />}
                            onClick={() => setFormTarget({ mode: 'edit', address })}
                          >
                            {t('company.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            leftSection={<IconTrash size={14} />}
                            onClick={() => {
                              setDeleteErrors([]);
                              setDeleteTarget(address);
                            }}
                          >
                            {t('company.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {canManage && (
        <>
          <AddressFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
          <ConfirmModal
            opened={deleteTarget !== null}
            title={t('company.addresses.deleteTitle')}
            text={t('company.addresses.deleteText', { name: deleteTarget ? (deleteTarget.label ?? deleteTarget.street) : '' })}
            confirmLabel={t('company.delete')}
            loading={deleting}
            errors={deleteErrors}
            errorTitle={t('company.addresses.notDeleted')}
            onConfirm={() => void handleDeleteConfirm()}
            onClose={() => setDeleteTarget(null)}
          />
        </>
      )}
    </Card>
  );
}
