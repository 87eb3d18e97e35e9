import type { CompanyAddressFieldsFragment } from '@branchline/graphql-types';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMapPin, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfirmAction } from '../../../lib/use-confirm-action';
import { AddressBlock } from '../../../ui/AddressBlock';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import type { DataTableColumn } from '../../../ui/DataTable';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { RowActions } from '../../../ui/RowActions';
import { useCompanyAddresses } from '../hooks/useCompanyAddresses';
import { useDeleteAddress } from '../hooks/useDeleteAddress';
import type { AddressFormTarget } from './AddressFormModal';
import { AddressFormModal } from './AddressFormModal';

export interface AddressesPanelProps {
  canManage: boolean;
}

export function AddressesPanel({ canManage }: AddressesPanelProps) {
  const { t } = useTranslation();
  const { addresses, loading, error, refetch } = useCompanyAddresses();
  const { deleteAddress, loading: deleting } = useDeleteAddress();
  const [formTarget, setFormTarget] = useState<AddressFormTarget | null>(null);
  const deletion = useConfirmAction(
    (address: CompanyAddressFieldsFragment) => deleteAddress({ id: address.id }),
    () => notifications.show({ color: 'teal', message: t('company.addresses.deleted') }),
  );

  const handleSaved = () => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('company.addresses.saved') });
  };

  const columns: DataTableColumn<CompanyAddressFieldsFragment>[] = [
    {
      key: 'label',
      header: t('company.addresses.label'),
      render: (address) => (
        <Text size="sm" fw={500}>
          {address.label ?? t('common.none')}
        </Text>
      ),
    },
    { key: 'address', header: t('company.addresses.address'), render: (address) => <AddressBlock address={address} /> },
    {
      key: 'usage',
      header: t('company.addresses.usage'),
      render: (address) => (
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
      ),
    },
  ];

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
          <ErrorNotice
            title={t('company.addresses.loadError')}
            message={error.message}
            retryLabel={t('errors.retry')}
            onRetry={() => void refetch()}
          />
        )}
        {loading && <CenteredLoader label={t('app.loading')} />}
        {!loading && !error && (
          <DataTable
            label={t('company.addresses.tableLabel')}
            rows={addresses}
            rowKey={(address) => address.id}
            columns={columns}
            rowActions={
              canManage
                ? {
                    label: t('company.actions'),
                    render: (address) => (
                      <RowActions
                        editLabel={t('company.edit')}
                        deleteLabel={t('company.delete')}
                        onEdit={() => setFormTarget({ mode: 'edit', address })}
                        onDelete={() => deletion.request(address)}
                      />
                    ),
                  }
                : undefined
            }
            empty={<EmptyState icon={IconMapPin}>{t('company.addresses.empty')}</EmptyState>}
            minWidth={720}
            verticalSpacing="md"
            rowStyle={{ verticalAlign: 'top' }}
          />
        )}
      </Stack>
      {canManage && (
        <>
          <AddressFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
          <ConfirmModal
            opened={deletion.target !== null}
            title={t('company.addresses.deleteTitle')}
            text={t('company.addresses.deleteText', {
              name: deletion.target ? (deletion.target.label ?? deletion.target.street) : '',
            })}
            confirmLabel={t('company.delete')}
            cancelLabel={t('common.cancel')}
            loading={deleting}
            errors={deletion.errors}
            errorTitle={t('company.addresses.notDeleted')}
            onConfirm={() => void deletion.confirm()}
            onClose={deletion.close}
          />
        </>
      )}
    </Card>
  );
}
