import { RequestContext } from '../../common/auth/request-context';

// deprecated: use ctx.requireCompany() (kept while the employee, CSV and invitation services still import it)
export const activeCompanyId = (context: RequestContext): string => context.requireCompany().companyId;
