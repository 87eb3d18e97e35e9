import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { CompanyNode } from '../companies/company.types';
import { IdentityLoaders } from './identity.loaders';
import {
  EndOtherSessionsPayload,
  EndSessionInput,
  EndSessionPayload,
  SessionConnection,
  SessionNode,
  SessionsArgs,
} from './session.types';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionNode)
export class SessionsResolver {
  constructor(
    private readonly sessionsService: SessionsService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Authenticated()
  @Query(() => SessionConnection, { description: "The viewer's live sessions in every company, newest first." })
  sessions(@Ctx() context: RequestContext, @Args() args: SessionsArgs): Promise<ConnectionResult<SessionNode>> {
    return this.sessionsService.list(context, args);
  }

  @Authenticated()
  @Mutation(() => EndSessionPayload, { description: "End one of the viewer's own sessions (the current one too)." })
  endSession(@Ctx() context: RequestContext, @Args('input') input: EndSessionInput): Promise<EndSessionPayload> {
    return this.sessionsService.end(context, input);
  }

  @Authenticated()
  @Mutation(() => EndOtherSessionsPayload, { description: 'End every session of the viewer but this one.' })
  endOtherSessions(@Ctx() context: RequestContext): Promise<EndOtherSessionsPayload> {
    return this.sessionsService.endOthers(context);
  }

  @ResolveField(() => CompanyNode, { nullable: true, description: 'The company the session acts for.' })
  company(@Ctx() context: RequestContext, @Parent() session: SessionNode): Promise<CompanyNode | null> | null {
    return session.companyId ? this.loaders.companyByScopedId(context).load(session.companyId) : null;
  }
}
