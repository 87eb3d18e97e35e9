import { RequestContext } from '../../common/auth/request-context';
import { forbidden } from '../../common/errors/graphql-errors';

// The company whose data the request reads and writes: the session's active company, never an argument.
export function activeCompanyId(context: RequestContext): string {
  if (!context.company) throw forbidden('Choose a company first.');
  return context.company.companyId;
}
