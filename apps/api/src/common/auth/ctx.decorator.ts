import { createParamDecorator, ExecutionContext } from '@nestjs/common';

import { httpRequestOf } from './http-request';
import { RequestContext } from './request-context';

// Resolver parameter: the RequestContext the AccessGuard built for this request.
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const requestContext = httpRequestOf(context).branchlineContext;
  if (!requestContext) throw new Error('No RequestContext: is the AccessGuard registered globally?');
  return requestContext;
});
