import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { ConnectionArgs } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { CompanyKind } from '../companies/company.entity';

@ObjectType('SalesCustomer', { description: 'A customer as a sales rep sees it.' })
export class SalesCustomerNode {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  customerNumber: string;

  @Field(() => String)
  name: string;

  @Field(() => CompanyKind)
  kind: CompanyKind;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String)
  countryCode: string;

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
