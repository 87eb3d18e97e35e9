import { Button, Center } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

import { StatusPage } from '../ui/StatusPage';

function ErrorFallback() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <StatusPage
        icon={<IconAlertTriangle size={32} />}
        color="red"
        title={t('errors.title')}
        text={t('errors.text')}
        action={<Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>}
      />
    </Center>
  );
}

interface AppErrorBoundaryProps {
  children: ReactNode;
}

interface AppErrorBoundaryState {
  failed: boolean;
}

// Last line of defence for errors outside the router (providers, router setup).
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): AppErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorFallback /> : this.props.children;
  }
}

// Router-level boundary: a crashing page keeps the shell and shows a friendly message.
export function RouteErrorPage() {
  const error = useRouteError();
  console.error('Route error', error);
  return <ErrorFallback />;
}
