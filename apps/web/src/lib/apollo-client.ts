// Apollo client: bearer auth from stored tokens, one shared token refresh, cache policies for connections.
import type { ErrorLike } from '@apollo/client';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import type { RefreshSessionMutation } from '@branchline/graphql-types';
import { RefreshSessionDocument } from '@branchline/graphql-types';
import { print } from 'graphql';
import type { Subscription } from 'rxjs';
import { Observable } from 'rxjs';

import { clearSessionTokens, getSessionTokens, storeTokensFromPayload } from './auth-tokens';

const GRAPHQL_PATH = '/graphql';
// Refresh a little before expiry so a request never leaves with a token about to lapse.
const REFRESH_MARGIN_MS = 60_000;
// These run without (or before) a valid access token.
const PUBLIC_OPERATIONS = new Set([
  'Login',
  'RefreshSession',
  'LoginWithLink',
  'InvitationPreview',
  'AcceptInvitation',
]);

type RefreshOutcome = 'ok' | 'rejected' | 'unavailable';

let refreshInFlight: Promise<RefreshOutcome> | null = null;

async function requestRefresh(): Promise<RefreshOutcome> {
  const tokens = getSessionTokens();
  if (!tokens) return 'rejected';
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: print(RefreshSessionDocument),
        variables: { input: { refreshToken: tokens.refreshToken } },
      }),
    });
  } catch {
    // Offline or API down: keep the session, the user may retry.
    return 'unavailable';
  }
  if (response.status >= 500) return 'unavailable';
  try {
    const body = (await response.json()) as { data?: RefreshSessionMutation | null };
    const payload = body.data?.refreshSession;
    return payload && storeTokensFromPayload(payload) ? 'ok' : 'rejected';
  } catch {
    return 'unavailable';
  }
}

// Single flight: concurrent requests that hit an expired token share one refresh call.
export function refreshSessionTokens(): Promise<RefreshOutcome> {
  refreshInFlight ??= requestRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

function isUnauthenticated(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

let onSessionEnded: () => void = () => undefined;

function endSession(): void {
  clearSessionTokens();
  onSessionEnded();
}

const authLink = new SetContextLink(async (prevContext, operation) => {
  if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return {};
  let tokens = getSessionTokens();
  if (tokens && tokens.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
    const outcome = await refreshSessionTokens();
    if (outcome === 'rejected') endSession();
    tokens = getSessionTokens();
  }
  if (!tokens) return {};
  return { headers: { ...prevContext.headers, authorization: `Bearer ${tokens.accessToken}` } };
});

const errorLink = new ErrorLink(({ error, operation, forward }) => {
  if (!isUnauthenticated(error) || PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
  if (!getSessionTokens()) return;
  if (operation.getContext().authRetried) {
    // A fresh token was refused too: the session is gone.
    endSession();
    return;
  }
  return new Observable<ApolloLink.Result>((observer) => {
    let subscription: Subscription | undefined;
    let closed = false;
    void refreshSessionTokens().then((outcome) => {
      if (closed) return;
      if (outcome !== 'ok') {
        if (outcome === 'rejected') endSession();
        observer.error(error);
        return;
      }
      operation.setContext({ authRetried: true });
      subscription = forward(operation).subscribe(observer);
    });
    return () => {
      closed = true;
      subscription?.unsubscribe();
    };
  });
});

const httpLink = new HttpLink({ uri: GRAPHQL_PATH });

export function createApolloClient(): ApolloClient {
  const client = new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            orders: relayStylePagination(['filter', 'orderBy']),
            salesCustomers: relayStylePagination(['filter']),
            products: relayStylePagination(['filter', 'orderBy']),
            customerProductNumbers: relayStylePagination(['filter', 'orderBy']),
            employees: relayStylePagination(['filter', 'orderBy']),
          },
        },
        // Cockpit figures belong to the active company; they have no id of their own.
        Cockpit: { keyFields: false },
        // Catalog settings belong to the active company and have no id either.
        CatalogSettings: { keyFields: false },
      },
    }),
  });
  onSessionEnded = () => {
    void client.clearStore();
  };
  return client;
}
