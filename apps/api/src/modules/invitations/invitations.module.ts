import { Module } from '@nestjs/common';

import { CompaniesModule } from '../companies/companies.module';
import { IdentityModule } from '../identity/identity.module';
import { InvitationAcceptanceResolver } from './invitation-acceptance.resolver';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

// Invite links, both ends: an admin invites a person with a role (companies' side), the invitee sets a
// password and is signed in (identity's side). It builds on both modules; neither needs it.
@Module({
  imports: [CompaniesModule, IdentityModule],
  providers: [InvitationAcceptanceResolver, InvitationAcceptanceService, InvitationsResolver, InvitationsService],
})
export class InvitationsModule {}
