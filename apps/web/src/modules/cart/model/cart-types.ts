import type { CartFieldsFragment } from '@branchline/graphql-types';

import type { UserErrorItem } from '../../../lib/user-errors';

export type CartData = CartFieldsFragment;
export type CartLineData = CartFieldsFragment['lines'][number];
export type CartChangeResult = { ok: true } | { ok: false; userErrors: UserErrorItem[] };
