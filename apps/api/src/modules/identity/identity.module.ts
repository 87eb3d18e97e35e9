import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { ViewerService } from './viewer.service';

// Sign-in, sessions and the viewer. (JWT and the access guard live in common/auth: every module relies on them.)
@Module({
  providers: [AuthResolver, AuthService, PasswordHasher, ViewerService],
  exports: [PasswordHasher],
})
export class IdentityModule {}
