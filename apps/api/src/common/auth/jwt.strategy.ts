import { createSecretKey } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { unauthenticated } from '../errors/graphql-errors';
import { AccessTokenPayload, isAccessTokenPayload } from './access-token';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object made once: with a string, jsonwebtoken tries to parse it as a public key on every call.
      // (jsonwebtoken accepts a KeyObject; passport-jwt's types only name strings and buffers.)
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      // Pinned: a token naming another algorithm (none, RS256 with our secret as its key) is refused.
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: unknown): AccessTokenPayload {
    if (!isAccessTokenPayload(payload)) throw unauthenticated();
    return payload;
  }
}
