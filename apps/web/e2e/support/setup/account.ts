import { E2eOptOutOfLoginLinkDocument, E2eResetCompanyChoiceDocument } from '@branchline/graphql-types';

import { expectNoUserErrors, gql } from '../api';

// As seeded for a user of several companies: the company is chosen at each sign-in, the login target is the default.
export async function resetCompanyChoice(email: string): Promise<void> {
  const { updateAccountPreferences } = await gql(email, E2eResetCompanyChoiceDocument);
  expectNoUserErrors('updateAccountPreferences', updateAccountPreferences.userErrors);
}

// As seeded: no wish for a login link, and so no link.
export async function optOutOfLoginLink(email: string): Promise<void> {
  const { updateAccountPreferences } = await gql(email, E2eOptOutOfLoginLinkDocument);
  expectNoUserErrors('updateAccountPreferences', updateAccountPreferences.userErrors);
}
