import type { CartFieldsFragment, UserError } from '@branchline/graphql-types';

export type CartData = CartFieldsFragment;
export type CartLineData = CartFieldsFragment['lines'][number];
export type CartUserError = Pick<UserError, 'code' | 'field' | 'message'>;

export type CartChangeResult = { ok: true } | { ok: false; userErrors: CartUserError[] };
