import { Module } from '@nestjs/common';

import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { IdentityLoaders } from './identity.loaders';
import { LoginLinksResolver } from './login-links.resolver';
import { LoginLinksService } from './login-links.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';
import { ViewerService } from './viewer.service';

// Users, sign-in, sessions, the viewer and the account. (JWT and the access guard live in common/auth: every module relies on them.)
@Module({
  providers: [
    AccountResolver,
    AccountService,
    AuthResolver,
    AuthService,
    IdentityLoaders,
    LoginLinksResolver,
    LoginLinksService,
    LoginThrottleService,
    PasswordHasher,
    SessionsResolver,
    SessionsService,
    UsersService,
    ViewerService,
  ],
  exports: [AuthService, PasswordHasher, UsersService, IdentityLoaders],
})
export class IdentityModule {}
