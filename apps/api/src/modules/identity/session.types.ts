import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

import { ConnectionArgs } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { UserError } from '../../common/errors/user-error.type';

@ObjectType('Session', { description: "One of the viewer's signed-in devices or browsers." })
export class SessionNode {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'Updated at most once a minute.' })
  lastActiveAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ipAddress: string | null;

  // Resolved through a DataLoader (see SessionsResolver.company).
  companyId: string | null;

  @Field(() => Boolean, { description: 'The session this request came with.' })
  isCurrent: boolean;

  @Field(() => Boolean, { description: 'A sales rep acting as the user. Always false until impersonation ships.' })
  isRepActing: boolean;
}

@ObjectType('SessionConnection')
export class SessionConnection extends Connection(SessionNode, 'Session') {}

@ArgsType()
export class SessionsArgs extends ConnectionArgs {}

@InputType()
export class EndSessionInput {
  @Field(() => ID)
  sessionId: string;
}

@ObjectType('EndSessionPayload')
export class EndSessionPayload {
  @Field(() => ID, { nullable: true })
  endedSessionId: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('EndOtherSessionsPayload')
export class EndOtherSessionsPayload {
  @Field(() => Int)
  endedCount: number;

  @Field(() => [UserError])
  userErrors: UserError[];
}
