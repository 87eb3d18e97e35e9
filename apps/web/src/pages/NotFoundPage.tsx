import { Button, Center, Stack } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../lib/paths';
import { Logo } from '../ui/Logo';
import { StatusPage } from '../ui/StatusPage';

export interface NotFoundPageProps {
  // Outside the app shell (unknown top-level URL) the page brings its own logo.
  standalone?: boolean;
}

export function NotFoundPage({ standalone = false }: NotFoundPageProps) {
  const { t } = useTranslation();
  const content = (
    <StatusPage
      icon={<IconMapQuestion size={32} />}
      title={t('notFound.title')}
      text={t('notFound.text')}
      action={
        <Button component={Link} to={paths.dashboard}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
  if (!standalone) return content;
  return (
    <Center mih="100vh" bg="var(--mantine-color-gray-0)">
      <Stack align="center">
        <Logo size="lg" />
        {content}
      </Stack>
    </Center>
  );
}
