import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';

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
