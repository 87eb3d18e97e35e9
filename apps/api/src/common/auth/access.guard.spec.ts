import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GraphQLError } from 'graphql';

import { Allow, Authenticated, Public } from './access.decorator';
import { AccessGuard } from './access.guard';
import { Permission } from './permission';
import { RequestContextFactory } from './request-context.factory';

class ExampleResolver {
  undeclared() {}
  @Public()
  open() {}
  @Authenticated()
  signedIn() {}
  @Allow(Permission.PLACE_ORDERS)
  placeOrder() {}
}

function httpContext(handler: keyof ExampleResolver): ExecutionContext {
  const request = { headers: {}, ip: '127.0.0.1' };
  return {
    getType: () => 'http',
    getHandler: () => ExampleResolver.prototype[handler],
    getClass: () => ExampleResolver,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

async function outcome(handler: keyof ExampleResolver): Promise<string> {
  const guard = new AccessGuard(new Reflector(), {} as RequestContextFactory);
  try {
    return (await guard.canActivate(httpContext(handler))) ? 'allowed' : 'refused';
  } catch (error) {
    return String((error as GraphQLError).extensions?.code);
  }
}

describe('AccessGuard (anonymous requests)', () => {
  it('refuses an operation that declares no access rule', async () => {
    expect(await outcome('undeclared')).toBe('FORBIDDEN');
  });

  it('lets public operations through and asks for sign-in elsewhere', async () => {
    expect(await outcome('open')).toBe('allowed');
    expect(await outcome('signedIn')).toBe('UNAUTHENTICATED');
    expect(await outcome('placeOrder')).toBe('UNAUTHENTICATED');
  });
});
