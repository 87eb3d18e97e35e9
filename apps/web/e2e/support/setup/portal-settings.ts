import { E2eSetLoginLinksEnabledDocument } from '@branchline/graphql-types';

import { expectNoUserErrors, gql } from '../api';

// Individual login links are off in the seed; only the operator switches them.
export async function setLoginLinksEnabled(enabled: boolean): Promise<void> {
  const { updatePortalSettings } = await gql('operator@branchline.test', E2eSetLoginLinksEnabledDocument, { enabled });
  expectNoUserErrors('updatePortalSettings', updatePortalSettings.userErrors);
}
