import type { CompanyAddressFieldsFragment } from '@branchline/graphql-types';
import { Badge, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfirmAction } from '../../../lib/use-confirm-action';
import { AddressBlock } from '../../../ui/AddressBlock';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { useCompanyAddresses } from '../hooks/useCompanyAddresses';
import { useDeleteAddress } from '../hooks/useDeleteAddress';
import type { AddressFormTarget } from './AddressFormModal';
import { AddressFormModal } from './AddressFormModal';
import { CompanyListCard } from './CompanyListCard';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';

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
    <CompanyListCard
      canManage={canManage}
      addLabel={t('company.addresses.add')}
      onAdd={() => setFormTarget({ mode: 'create' })}
      onEdit={(address) => setFormTarget({ mode: 'edit', address })}
      onDelete={deletion.request}
      loading={loading}
      error={error}
      loadErrorTitle={t('company.addresses.loadError')}
      onRetry={() => void refetch()}
      label={t('company.addresses.tableLabel')}
      rows={addresses}
      rowKey={(address) => address.id}
      columns={columns}
      empty={<EmptyState icon={IconMapPin}>{t('company.addresses.empty')}</EmptyState>}
      minWidth={720}
      verticalSpacing="md"
      rowStyle={{ verticalAlign: 'top' }}
      dialogs={
        <>
          <AddressFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
          <ConfirmDeleteModal
            deletion={deletion}
            loading={deleting}
            title={t('company.addresses.deleteTitle')}
            text={t('company.addresses.deleteText', {
              name: deletion.target ? (deletion.target.label ?? deletion.target.street) : '',
            })}
            errorTitle={t('company.addresses.notDeleted')}
          />
        </>
      }
    />
  );
}
