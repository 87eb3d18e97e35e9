import type { ActorKind } from '@branchline/graphql-types';
import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { landingPathFor } from '../lib/paths';
import { useViewer } from '../modules/identity/hooks/viewerContext';
import { StatusPage } from '../ui/StatusPage';

export interface RequireKindProps {
  kinds: ActorKind[];
}

// Keeps customer pages away from reps and the other way round; the API enforces the same on its side.
export function RequireKind({ kinds }: RequireKindProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (kinds.includes(viewer.kind)) return <Outlet />;
  return (
    <StatusPage
      icon={<IconLock size={32} />}
      color="gray"
      title={t('forbidden.title')}
      text={t('forbidden.text')}
      action={
        <Button component={Link} to={landingPathFor(viewer.kind)}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
