import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { FastifyRequest } from 'fastify';

import { RequestContext } from './request-context';

export type BranchlineRequest = FastifyRequest & { branchlineContext?: RequestContext; user?: unknown };

// The HTTP request behind a GraphQL operation or a plain controller route.
export function httpRequestOf(context: ExecutionContext): BranchlineRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: BranchlineRequest }>().req;
  }
  return context.switchToHttp().getRequest<BranchlineRequest>();
}

export function requestMeta(request: FastifyRequest): RequestContext['meta'] {
  const userAgent = request.headers['user-agent'];
  return { ipAddress: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null };
}
