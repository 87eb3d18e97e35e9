import type { UserError } from '@branchline/graphql-types';

export type CompanyUserError = Pick<UserError, 'code' | 'field' | 'message'>;
