// Typed GraphQL straight to the API (through the preview proxy), signed in as a demo user: for looking up
// fixtures and for setting up or resetting what a scenario needs.
import { E2eLoginDocument } from '@branchline/graphql-types';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

import { PASSWORD } from './login';
import { url } from './stack';

// Operations without variables take none; the others require theirs.
type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

type UserError = { code: string; message: string };

async function post<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | undefined,
  token?: string,
): Promise<TData> {
  const response = await fetch(url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  const json = (await response.json()) as { data?: TData; errors?: unknown[] };
  if (json.errors) throw new Error(`GraphQL: ${JSON.stringify(json.errors)}`);
  return json.data as TData;
}

// Signs in afresh for every call, as a browser would: no token outlives a scenario that ends sessions.
export async function gql<TData, TVariables>(
  email: string,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TData> {
  const { login: session } = await post(E2eLoginDocument, { input: { email, password: PASSWORD } });
  if (!session.accessToken) throw new Error(`${email} could not sign in through the API`);
  return post(document, variables, session.accessToken);
}

// Setup mutations must succeed; a user error would make the scenario fail later for a misleading reason.
export function expectNoUserErrors(what: string, userErrors: UserError[]): void {
  if (userErrors.length)
    throw new Error(`${what}: ${userErrors.map((error) => `${error.code} ${error.message}`).join('; ')}`);
}
