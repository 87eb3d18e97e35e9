import type { UserError } from '@branchline/graphql-types';

export type ProductNumberUserError = Pick<UserError, 'code' | 'field' | 'message'>;
