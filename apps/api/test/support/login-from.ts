import { TestLoginDocument, TestLoginMutation } from '@branchline/graphql-types';
import { print } from 'graphql';

// A sign-in whose request carries an X-Forwarded-For header, as a proxy (or a client faking one) sends it.
export async function loginFrom(
  baseUrl: string,
  forwardedFor: string,
  email: string,
  password: string,
): Promise<TestLoginMutation['login']> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: print(TestLoginDocument), variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: TestLoginMutation; errors?: unknown };
  if (!body.data) throw new Error(`Sign-in request failed: ${JSON.stringify(body.errors)}`);
  return body.data.login;
}
