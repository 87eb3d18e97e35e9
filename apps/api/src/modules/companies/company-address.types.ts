import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionArgs } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';

export enum AddressUsage {
  BILLING = 'BILLING',
  SHIPPING = 'SHIPPING',
}
registerEnumType(AddressUsage, { name: 'AddressUsage' });

@ObjectType('Address', { description: "An entry of the active company's address book." })
export class AddressNode {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'A name for people, e.g. "Plant 2".' })
  label: string | null;

  @Field(() => String)
  companyName: string;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String)
  street: string;

  @Field(() => String)
  postalCode: string;

  @Field(() => String)
  city: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  countryCode: string;

  @Field(() => Boolean)
  isBilling: boolean;

  @Field(() => Boolean)
  isShipping: boolean;

  @Field(() => Boolean)
  isDefaultBilling: boolean;

  @Field(() => Boolean)
  isDefaultShipping: boolean;
}

@ObjectType('AddressConnection')
export class AddressConnection extends Connection(AddressNode, 'Address') {}

@InputType()
export class AddressFilter {
  @Field(() => AddressUsage, { nullable: true, description: 'Only addresses usable for billing or for shipping.' })
  usage?: AddressUsage | null;
}

@ArgsType()
export class AddressesArgs extends ConnectionArgs {
  @Field(() => AddressFilter, { nullable: true })
  filter?: AddressFilter | null;
}
