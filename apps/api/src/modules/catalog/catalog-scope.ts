import { RequestContext } from '../../common/auth/request-context';

// deprecated: use ctx.requireCompany() (kept while customer-product-numbers.service still imports it)
export const catalogCompanyId = (context: RequestContext): string => context.requireCompany().companyId;
