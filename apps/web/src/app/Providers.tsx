import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';

import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { createApolloClient } from '../lib/apollo-client';
import { AppErrorBoundary } from './ErrorBoundary';
import { theme } from './theme';

interface LocalizedDatesProps {
  children: ReactNode;
}

// Date pickers follow the UI language; business users in Europe expect weeks to start on Monday.
function LocalizedDates({ children }: LocalizedDatesProps) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'de' ? 'de' : 'en-gb';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export interface ProvidersProps {
  children: ReactNode;
}

export function Providers({ children }: ProvidersProps) {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <AppErrorBoundary>
        <LocalizedDates>
          <ApolloProvider client={client}>{children}</ApolloProvider>
        </LocalizedDates>
      </AppErrorBoundary>
    </MantineProvider>
  );
}
