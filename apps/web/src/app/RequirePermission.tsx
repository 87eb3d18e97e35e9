import type { Permission } from '@branchline/graphql-types';
import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { paths } from '../lib/paths';
import { usePermission } from '../modules/identity/hooks/usePermission';
import { StatusPage } from '../ui/StatusPage';

export interface RequirePermissionProps {
  permission: Permission;
  children?: ReactNode;
}

// A direct URL to a page the role may not use explains why instead of failing on the API's refusal.
export function RequirePermission({ permission, children }: RequirePermissionProps) {
  const { t } = useTranslation();
  const allowed = usePermission(permission);
  if (allowed) return children ?? <Outlet />;
  const ordering = permission === 'PLACE_ORDERS';
  return (
    <StatusPage
      icon={<IconLock size={32} />}
      color="gray"
      title={ordering ? t('forbidden.orderTitle') : t('forbidden.title')}
      text={ordering ? t('forbidden.orderText') : t('forbidden.permissionText')}
      action={
        <Button component={Link} to={paths.dashboard} variant="light">
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
