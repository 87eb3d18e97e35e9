import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { RequestContext } from '../../common/auth/request-context';
import { AccountService } from './account.service';
import {
  ChangePasswordInput,
  ChangePasswordPayload,
  UpdateAccountPreferencesInput,
  UpdateAccountPreferencesPayload,
} from './account.types';

@Resolver()
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Authenticated()
  @Mutation(() => ChangePasswordPayload, { description: 'Other sessions of the user end; this one stays.' })
  changePassword(
    @Ctx() context: RequestContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<ChangePasswordPayload> {
    return this.account.changePassword(context, input);
  }

  @Authenticated()
  @Mutation(() => UpdateAccountPreferencesPayload, {
    description: 'Preferred company and login target, used at sign-in.',
  })
  updateAccountPreferences(
    @Ctx() context: RequestContext,
    @Args('input') input: UpdateAccountPreferencesInput,
  ): Promise<UpdateAccountPreferencesPayload> {
    return this.account.updatePreferences(context, input);
  }
}
