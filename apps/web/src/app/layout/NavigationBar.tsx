import type { ActorKind, Permission } from '@branchline/graphql-types';
import { NavLink, ScrollArea, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { isNavItemActive, navigationFor } from '../navigation';

export interface NavigationBarProps {
  kind: ActorKind;
  permissions: readonly Permission[];
  onNavigate: () => void;
}

export function NavigationBar({ kind, permissions, onNavigate }: NavigationBarProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ScrollArea type="scroll" component="nav" aria-label={t('nav.mainNavigation')}>
      <Stack gap={2}>
        {navigationFor(kind, permissions).map((item) => {
          const active = isNavItemActive(item, pathname);
          return (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={t(`nav.${item.labelKey}`)}
              leftSection={<item.icon size={18} stroke={1.7} />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
              pl={item.nested ? 36 : undefined}
            />
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
