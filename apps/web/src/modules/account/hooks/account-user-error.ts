import type { UserError } from '@branchline/graphql-types';

export type AccountUserError = Pick<UserError, 'code' | 'field' | 'message'>;
