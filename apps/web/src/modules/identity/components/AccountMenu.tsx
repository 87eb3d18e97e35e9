import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import {
  IconBuildingStore,
  IconCheck,
  IconChevronDown,
  IconLanguage,
  IconLogout,
  IconUserCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../../lib/i18n';
import { SUPPORTED_LANGUAGES } from '../../../lib/i18n';

export interface AccountMenuProps {
  viewer: ViewerFieldsFragment;
  language: Language;
  onProfile?: () => void;
  onSwitchCompany: (companyId: string) => void;
  onLanguageChange: (language: Language) => void;
  onLogout: () => void;
}

function initials(viewer: ViewerFieldsFragment): string {
  return `${viewer.firstName.charAt(0)}${viewer.lastName.charAt(0)}`.toUpperCase();
}

export function AccountMenu({
  viewer,
  language,
  onProfile,
  onSwitchCompany,
  onLanguageChange,
  onLogout,
}: AccountMenuProps) {
  const { t } = useTranslation();
  const activeCompanyId = viewer.activeCompany?.id;
  const roleLabel =
    viewer.kind === 'SALES_REP'
      ? viewer.isSupervisor
        ? t('account.supervisor')
        : t('account.salesRep')
      : viewer.kind === 'OPERATOR'
        ? t('account.operator')
        : viewer.email;

  return (
    <Menu position="bottom-end" width={280} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('account.menuLabel')} data-testid="account-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="brand" radius="xl" size={34}>
              {initials(viewer)}
            </Avatar>
            <div style={{ lineHeight: 1.2 }}>
              <Text size="sm" fw={600} visibleFrom="sm">
                {viewer.fullName}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {roleLabel}
              </Text>
            </div>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {viewer.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {viewer.email}
          </Text>
        </Menu.Label>
        {onProfile && (
          <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={onProfile}>
            {t('account.profile')}
          </Menu.Item>
        )}
        {viewer.memberships.length > 1 && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('account.switchCompany')}</Menu.Label>
            {viewer.memberships.map((membership) => {
              const active = membership.company.id === activeCompanyId;
              return (
                <Menu.Item
                  key={membership.company.id}
                  leftSection={<IconBuildingStore size={16} />}
                  rightSection={active ? <IconCheck size={16} aria-label={t('account.activeCompany')} /> : null}
                  disabled={active}
                  onClick={() => onSwitchCompany(membership.company.id)}
                >
                  {membership.company.name}
                </Menu.Item>
              );
            })}
          </>
        )}
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} aria-hidden />
            {t('account.language')}
          </Group>
        </Menu.Label>
        {SUPPORTED_LANGUAGES.map((code) => (
          <Menu.Item
            key={code}
            lang={code}
            rightSection={code === language ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => onLanguageChange(code)}
            aria-current={code === language ? 'true' : undefined}
          >
            {t(`language.${code}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={onLogout}>
          {t('account.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
