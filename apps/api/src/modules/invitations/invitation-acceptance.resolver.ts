import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { RequestContext } from '../../common/auth/request-context';
import { AuthPayload } from '../identity/identity.types';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { AcceptInvitationInput, InvitationPreviewNode } from './invitation-acceptance.types';

// The invitee's side of an invite link: no sign-in yet, the token is the proof.
@Resolver()
export class InvitationAcceptanceResolver {
  constructor(private readonly acceptance: InvitationAcceptanceService) {}

  @Public()
  @Query(() => InvitationPreviewNode, { description: 'NOT_FOUND when the link is unknown, used, replaced or expired.' })
  invitation(@Ctx() context: RequestContext, @Args('token') token: string): Promise<InvitationPreviewNode> {
    return this.acceptance.preview(context, token);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets the first password, uses up the link and signs the person in.' })
  acceptInvitation(@Ctx() context: RequestContext, @Args('input') input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.acceptance.accept(context, input);
  }
}
