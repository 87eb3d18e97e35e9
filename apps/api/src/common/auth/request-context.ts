import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';

import { forbidden } from '../errors/graphql-errors';
import { Permission } from './permission';
import { UserKind } from './user-kind';

export type Actor = {
  userId: string;
  sessionId: string;
  kind: UserKind;
  isSupervisor: boolean;
};

export type CompanyScope = {
  companyId: string;
  membershipId: string;
  isAdmin: boolean;
};

// Who acts, for which company, with which permissions, inside which transaction.
// Built once per request from the token (never from ids the client sends) and passed first to every service.
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(
    readonly actor: Actor | null,
    readonly company: CompanyScope | null,
    readonly permissions: ReadonlySet<Permission>,
    readonly meta: { ipAddress: string | null; userAgent: string | null },
    // Set while a transaction runs (see DataAccess.transaction); services use it when present.
    readonly manager: EntityManager | null = null,
  ) {}

  static anonymous(meta: RequestContext['meta']): RequestContext {
    return new RequestContext(null, null, new Set(), meta);
  }

  get isAuthenticated(): boolean {
    return this.actor !== null;
  }

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  // The signed-in actor, for operations the guard already required authentication for.
  get requireActor(): Actor {
    if (!this.actor) throw new Error('RequestContext.requireActor used on an anonymous request');
    return this.actor;
  }

  // The company whose data the request reads and writes: the session's active company, never an
  // argument. Signed-in people without one (reps, the operator, an employee before choosing) are refused.
  requireCompany(): CompanyScope {
    if (!this.company) throw forbidden('Choose a company first.');
    return this.company;
  }

  withManager(manager: EntityManager): RequestContext {
    return new RequestContext(this.actor, this.company, this.permissions, this.meta, manager);
  }

  // One DataLoader per name per request: batching across sibling resolvers, no cache shared between users.
  loader<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
