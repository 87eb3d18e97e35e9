import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { NavLabelKey } from '../app/navigation';
import { StatusPage } from '../ui/StatusPage';

export interface UnavailablePageProps {
  feature: NavLabelKey;
}

// Navigation entries whose feature is not built yet say so plainly, with no placeholder data.
export function UnavailablePage({ feature }: UnavailablePageProps) {
  const { t } = useTranslation();
  const name = t(`nav.${feature}`);
  return (
    <StatusPage
      icon={<IconTools size={32} />}
      color="gray"
      title={name}
      text={
        <>
          {t('unavailable.text', { feature: name })}
          <br />
          {t('unavailable.hint')}
        </>
      }
    />
  );
}
