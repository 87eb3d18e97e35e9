import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated, Public } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { RequestContext } from '../../common/auth/request-context';
import { AuthPayload } from './identity.types';
import { GenerateLoginLinkPayload, LoginWithLinkInput } from './login-link.types';
import { LoginLinksService } from './login-links.service';

@Resolver()
export class LoginLinksResolver {
  constructor(private readonly loginLinks: LoginLinksService) {}

  @Authenticated()
  @Mutation(() => GenerateLoginLinkPayload, {
    description: 'A new individual login link; the previous one stops working.',
  })
  generateLoginLink(@Ctx() context: RequestContext): Promise<GenerateLoginLinkPayload> {
    return this.loginLinks.generate(context);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with an individual login link instead of a password.' })
  loginWithLink(@Ctx() context: RequestContext, @Args('input') input: LoginWithLinkInput): Promise<AuthPayload> {
    return this.loginLinks.login(context, input);
  }
}
