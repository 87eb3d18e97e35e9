import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';

import { ConnectionArgs } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { CompanyKind } from '../companies/company.entity';
import { CompanyNode } from '../companies/company.types';

@ObjectType('SalesCustomer', { description: 'A customer as a sales rep sees it.' })
// The company's own fields, plus what only a rep is told about it.
export class SalesCustomerNode extends CompanyNode {
  @Field(() => Boolean, { description: 'False for B2C customers, who cannot be logged into.' })
  canImpersonate: boolean;
}

@ObjectType('SalesCustomerConnection')
export class SalesCustomerConnection extends Connection(SalesCustomerNode, 'SalesCustomer') {}

@InputType()
export class SalesCustomerFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or customer number.' })
  search?: string | null;

  @Field(() => CompanyKind, { nullable: true })
  kind?: CompanyKind | null;
}

@ArgsType()
export class SalesCustomersArgs extends ConnectionArgs {
  @Field(() => SalesCustomerFilter, { nullable: true })
  filter?: SalesCustomerFilter | null;
}
