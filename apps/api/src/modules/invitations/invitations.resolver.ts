import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { InviteEmployeeInput, InviteEmployeePayload } from './invitation.types';
import { InvitationsService } from './invitations.service';

@Resolver()
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => InviteEmployeePayload, {
    description: 'Adds the person with a role and returns a one-time link token (valid 7 days); older open links end.',
  })
  inviteEmployee(
    @Ctx() context: RequestContext,
    @Args('input') input: InviteEmployeeInput,
  ): Promise<InviteEmployeePayload> {
    return this.invitations.invite(context, input);
  }
}
