import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';

import { Permission } from './permission';

// Every operation says who may call it. The global AccessGuard refuses operations that do not,
// and the declaration is copied into the schema's field extensions so a test can walk the schema.
export type AccessDeclaration =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permissions'; permissions: Permission[] };

export const ACCESS_METADATA_KEY = 'branchline:access';

function declare(declaration: AccessDeclaration): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ACCESS_METADATA_KEY, declaration), Extensions({ access: declaration }));
}

// Allowed when the actor holds at least one of the permissions in its current context.
export const Allow = (...permissions: [Permission, ...Permission[]]) => declare({ kind: 'permissions', permissions });

// Any signed-in actor, whatever its permissions (e.g. `me`, `logout`).
export const Authenticated = () => declare({ kind: 'authenticated' });

// No sign-in needed (e.g. `login`, the health check).
export const Public = () => declare({ kind: 'public' });
