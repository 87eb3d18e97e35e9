import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess, findInScope } from '../../common/database/data-access';
import { Session } from './session.entity';
import {
  EndOtherSessionsPayload,
  EndSessionInput,
  EndSessionPayload,
  SessionNode,
  SessionsArgs,
} from './session.types';

// The viewer's own live sessions across all companies; ended ones stop working on their next request.
@Injectable()
export class SessionsService {
  constructor(private readonly data: DataAccess) {}

  async list(context: RequestContext, args: SessionsArgs): Promise<ConnectionResult<SessionNode>> {
    const page = await keysetPaginate(this.liveSessions(context), args, {
      expression: '"s"."created_at"',
      direction: SortDirection.DESC,
    });
    const currentId = context.requireActor.sessionId;
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toSessionNode(edge.node, currentId) })),
    };
  }

  // Another user's session answers NOT_FOUND, exactly like a missing one.
  async end(context: RequestContext, input: EndSessionInput): Promise<EndSessionPayload> {
    const session = await findInScope(this.liveSessions(context), input.sessionId, 'Session');
    await this.data
      .manager(context)
      .update(Session, { id: session.id, userId: session.userId }, { revokedAt: new Date() });
    return { endedSessionId: session.id, userErrors: [] };
  }

  async endOthers(context: RequestContext): Promise<EndOtherSessionsPayload> {
    const { userId, sessionId } = context.requireActor;
    const result = await this.data
      .manager(context)
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', { userId, sessionId })
      .execute();
    return { endedCount: result.affected ?? 0, userErrors: [] };
  }

  private liveSessions(context: RequestContext): SelectQueryBuilder<Session> {
    return this.data
      .manager(context)
      .createQueryBuilder(Session, 's')
      .where('s.user_id = :userId', { userId: context.requireActor.userId })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > now()');
  }
}

function toSessionNode(session: Session, currentId: string): SessionNode {
  return {
    id: session.id,
    createdAt: session.createdAt,
    lastActiveAt: session.lastActiveAt,
    userAgent: session.userAgent,
    ipAddress: session.ipAddress,
    companyId: session.activeCompanyId,
    isCurrent: session.id === currentId,
    isRepActing: false,
  };
}
