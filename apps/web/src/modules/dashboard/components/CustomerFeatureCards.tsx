import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconFileText,
  IconGauge,
  IconListCheck,
  IconPackage,
  IconReceipt,
  IconUserCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { paths } from '../../../lib/paths';
import type { FeatureCard } from './FeatureCards';
import { FeatureCards } from './FeatureCards';

export function CustomerFeatureCards() {
  const { t } = useTranslation();
  const cards: FeatureCard[] = [
    {
      key: 'cockpit',
      title: t('nav.cockpit'),
      description: t('dashboard.cards.cockpit'),
      to: paths.cockpit,
      icon: IconGauge,
    },
    {
      key: 'orders',
      title: t('nav.orders'),
      description: t('dashboard.cards.orders'),
      to: paths.orders,
      icon: IconReceipt,
      color: 'teal',
    },
    {
      key: 'products',
      title: t('nav.products'),
      description: t('dashboard.cards.products'),
      to: paths.products,
      icon: IconPackage,
      color: 'orange',
    },
    {
      key: 'documents',
      title: t('nav.documents'),
      description: t('dashboard.cards.documents'),
      to: paths.documents,
      icon: IconFileText,
      color: 'grape',
    },
    {
      key: 'order-lists',
      title: t('dashboard.orderLists'),
      description: t('dashboard.cards.orderLists'),
      to: paths.cockpit,
      icon: IconListCheck,
      color: 'cyan',
    },
    {
      key: 'events',
      title: t('nav.events'),
      description: t('dashboard.cards.events'),
      to: paths.events,
      icon: IconCalendarEvent,
      color: 'pink',
    },
    {
      key: 'account',
      title: t('nav.account'),
      description: t('dashboard.cards.account'),
      to: paths.account,
      icon: IconUserCircle,
      color: 'indigo',
    },
    {
      key: 'company',
      title: t('nav.company'),
      description: t('dashboard.cards.company'),
      to: paths.company,
      icon: IconBuildingCommunity,
      color: 'gray',
    },
  ];
  return <FeatureCards title={t('dashboard.shortcuts')} cards={cards} />;
}
