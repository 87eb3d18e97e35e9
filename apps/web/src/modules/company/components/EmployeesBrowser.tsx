import type { EmployeeFieldsFragment, EmployeeFilter } from '@branchline/graphql-types';
import { Button, Card, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfirmAction } from '../../../lib/use-confirm-action';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyState } from '../../../ui/EmptyState';
import { PagedList } from '../../../ui/PagedList';
import { EmployeeCsvActions } from '../../employee-import/components/EmployeeCsvActions';
import { InviteEmployeeButton } from '../../invitation/components/InviteEmployeeButton';
import { useEmployees } from '../hooks/useEmployees';
import { useSetEmployeeActive } from '../hooks/useSetEmployeeActive';
import { useUnlinkEmployee } from '../hooks/useUnlinkEmployee';
import type { EmployeeFormTarget } from './EmployeeFormModal';
import { EmployeeFormModal } from './EmployeeFormModal';
import { EmployeesTable } from './EmployeesTable';

const SEARCH_DEBOUNCE_MS = 300;
type ActiveFilter = 'all' | 'active' | 'inactive';

export interface EmployeesBrowserProps {
  canManage: boolean;
}

export function EmployeesBrowser({ canManage }: EmployeesBrowserProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [activeFilter, setActiveFilter] = useState<ActiveFilter>('all');
  const [formTarget, setFormTarget] = useState<EmployeeFormTarget | null>(null);
  const { setEmployeeActive } = useSetEmployeeActive();
  const { unlinkEmployee, loading: unlinking } = useUnlinkEmployee();
  const unlink = useConfirmAction(
    (employee: EmployeeFieldsFragment) => unlinkEmployee({ id: employee.id }),
    (employee) =>
      notifications.show({ color: 'teal', message: t('company.employees.unlinked', { name: employee.fullName }) }),
  );

  const filter: EmployeeFilter = {
    search: debouncedSearch || null,
    active: activeFilter === 'all' ? null : activeFilter === 'active',
  };
  const list = useEmployees(filter);

  const handleSaved = (fullName: string) => {
    setFormTarget(null);
    notifications.show({ color: 'teal', message: t('company.employees.saved', { name: fullName }) });
  };

  const handleToggleActive = async (employee: EmployeeFieldsFragment) => {
    try {
      const userErrors = await setEmployeeActive({ id: employee.id, active: !employee.active });
      notifications.show(
        userErrors.length > 0
          ? {
              color: 'red',
              title: t('company.employees.notChanged'),
              message: userErrors.map((e) => e.message).join(' '),
            }
          : {
              color: 'teal',
              message: employee.active
                ? t('company.employees.deactivated', { name: employee.fullName })
                : t('company.employees.reactivated', { name: employee.fullName }),
            },
      );
    } catch {
      notifications.show({ color: 'red', message: t('errors.network') });
    }
  };

  return (
    <Card>
      <PagedList
        list={list}
        shown={list.employees.length}
        labels={{
          loadError: t('company.employees.loadError'),
          showing: (counts) => t('company.employees.showing', counts),
          loadMore: t('company.loadMore'),
        }}
        empty={<EmptyState icon={IconUsers}>{t('company.employees.empty')}</EmptyState>}
        toolbar={
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Group align="flex-end" gap="md" wrap="wrap">
              <TextInput
                label={t('company.employees.searchLabel')}
                placeholder={t('company.employees.searchPlaceholder')}
                leftSection={<IconSearch size={16} />}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                w={{ base: '100%', sm: 320 }}
                type="search"
              />
              <SegmentedControl
                aria-label={t('company.employees.statusFilter')}
                value={activeFilter}
                onChange={(value) => setActiveFilter(value as ActiveFilter)}
                data={[
                  { value: 'all', label: t('company.employees.filterAll') },
                  { value: 'active', label: t('company.employees.filterActive') },
                  { value: 'inactive', label: t('company.employees.filterInactive') },
                ]}
              />
            </Group>
            <Group gap="xs">
              {canManage && <EmployeeCsvActions />}
              {canManage && <InviteEmployeeButton />}
              {canManage && (
                <Button leftSection={<IconPlus size={16} />} onClick={() => setFormTarget({ mode: 'create' })}>
                  {t('company.employees.add')}
                </Button>
              )}
            </Group>
          </Group>
        }
      >
        <EmployeesTable
          employees={list.employees}
          canManage={canManage}
          onEdit={(employee) => setFormTarget({ mode: 'edit', employee })}
          onToggleActive={(employee) => void handleToggleActive(employee)}
          onUnlink={unlink.request}
        />
      </PagedList>
      {canManage && (
        <>
          <EmployeeFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={handleSaved} />
          <ConfirmModal
            opened={unlink.target !== null}
            title={t('company.employees.unlinkTitle')}
            text={t('company.employees.unlinkText', { name: unlink.target?.fullName ?? '' })}
            confirmLabel={t('company.employees.unlink')}
            cancelLabel={t('common.cancel')}
            loading={unlinking}
            errors={unlink.errors}
            errorTitle={t('company.employees.notChanged')}
            onConfirm={() => void unlink.confirm()}
            onClose={unlink.close}
          />
        </>
      )}
    </Card>
  );
}
