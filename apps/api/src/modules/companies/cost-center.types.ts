import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { ConnectionArgs } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { UserError } from '../../common/errors/user-error.type';
import { ByIdInput } from '../../common/graphql/by-id.input';
import { DeletedIdPayload } from '../../common/graphql/deleted-id.payload';

@ObjectType('CostCenter', { description: 'Where the active company books an order internally.' })
export class CostCenterNode {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'e.g. CC-100' })
  code: string;

  @Field(() => String, { description: 'e.g. Maintenance' })
  name: string;

  @Field(() => Boolean, { description: 'Inactive cost centers stay on past orders but cannot be chosen.' })
  active: boolean;
}

@ObjectType('CostCenterConnection')
export class CostCenterConnection extends Connection(CostCenterNode, 'CostCenter') {}

@InputType()
export class CostCenterFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: only active ones; false: only inactive ones.' })
  active?: boolean | null;
}

@ArgsType()
export class CostCentersArgs extends ConnectionArgs {
  @Field(() => CostCenterFilter, { nullable: true })
  filter?: CostCenterFilter | null;
}

@InputType()
export class CreateCostCenterInput {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, { defaultValue: true })
  active: boolean;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateCostCenterInput extends ByIdInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class DeleteCostCenterInput extends ByIdInput {}

@ObjectType('CostCenterPayload')
export class CostCenterPayload {
  @Field(() => CostCenterNode, { nullable: true })
  costCenter: CostCenterNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('DeleteCostCenterPayload')
export class DeleteCostCenterPayload extends DeletedIdPayload {}
