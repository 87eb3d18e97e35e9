import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { paths } from '../../../lib/paths';
import { FeatureCards } from './FeatureCards';

export function OperatorShortcuts() {
  const { t } = useTranslation();
  return (
    <FeatureCards
      title={t('dashboard.shortcuts')}
      cards={[
        {
          key: 'settings',
          title: t('nav.settings'),
          description: t('dashboard.operatorIntro'),
          to: paths.settings,
          icon: IconSettings,
        },
      ]}
    />
  );
}
