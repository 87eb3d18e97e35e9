import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';

import { forbidden, unauthenticated } from '../errors/graphql-errors';
import { ACCESS_METADATA_KEY, AccessDeclaration } from './access.decorator';
import { isAccessTokenPayload } from './access-token';
import { httpRequestOf, requestMeta } from './http-request';
import { RequestContext } from './request-context';
import { RequestContextFactory } from './request-context.factory';

// The one global guard: authenticates the bearer token (passport-jwt), builds the RequestContext,
// and checks the operation's declaration. No declaration means no access.
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: RequestContextFactory,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return httpRequestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_METADATA_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!declaration) throw forbidden('This operation declares no access rule and is refused.');

    const request = httpRequestOf(context);
    // Several root fields in one document share one context (and its DataLoaders).
    request.branchlineContext ??= await this.buildContext(context);
    return this.isAllowed(declaration, request.branchlineContext);
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error || !user) throw unauthenticated('Your sign-in is invalid or has expired.');
    return user;
  }

  private async buildContext(context: ExecutionContext): Promise<RequestContext> {
    const request = httpRequestOf(context);
    const meta = requestMeta(request);
    if (!request.headers.authorization) return RequestContext.anonymous(meta);
    await super.canActivate(context);
    if (!isAccessTokenPayload(request.user)) throw unauthenticated();
    return this.contexts.forToken(request.user, meta);
  }

  private isAllowed(declaration: AccessDeclaration, requestContext: RequestContext): boolean {
    if (declaration.kind === 'public') return true;
    if (!requestContext.isAuthenticated) throw unauthenticated();
    if (declaration.kind === 'authenticated') return true;
    if (declaration.permissions.some((permission) => requestContext.can(permission))) return true;
    throw forbidden();
  }
}
