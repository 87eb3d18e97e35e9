import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, Public } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { RequestContext } from '../../common/auth/request-context';
import { AuthService } from './auth.service';
import {
  AuthPayload,
  LoginInput,
  LogoutPayload,
  RefreshSessionInput,
  SwitchCompanyInput,
  ViewerNode,
} from './identity.types';
import { ViewerService } from './viewer.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  login(@Ctx() context: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(context, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Trade a refresh token for new tokens. Each refresh token works once.' })
  refreshSession(@Ctx() context: RequestContext, @Args('input') input: RefreshSessionInput): Promise<AuthPayload> {
    return this.auth.refreshSession(context, input.refreshToken);
  }

  @Authenticated()
  @Mutation(() => LogoutPayload, { description: 'End the current session.' })
  async logout(@Ctx() context: RequestContext): Promise<LogoutPayload> {
    return { success: await this.auth.logout(context) };
  }

  @Authenticated()
  @Mutation(() => AuthPayload, { description: 'Act for another company the employee belongs to.' })
  switchCompany(@Ctx() context: RequestContext, @Args('input') input: SwitchCompanyInput): Promise<AuthPayload> {
    return this.auth.switchCompany(context, input.companyId);
  }

  @Authenticated()
  @Query(() => ViewerNode, { description: 'Who is signed in, the active company and effective permissions.' })
  me(@Ctx() context: RequestContext): Promise<ViewerNode> {
    return this.viewers.viewer(context);
  }
}
