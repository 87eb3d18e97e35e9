import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionArgs } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { UserError } from '../../common/errors/user-error.type';
import { ByIdInput } from '../../common/graphql/by-id.input';
import { DeletedIdPayload } from '../../common/graphql/deleted-id.payload';
import { PostalAddressFields } from './postal-address.types';

export enum AddressUsage {
  BILLING = 'BILLING',
  SHIPPING = 'SHIPPING',
}
registerEnumType(AddressUsage, { name: 'AddressUsage' });

@ObjectType('Address', { description: "An entry of the active company's address book." })
export class AddressNode extends PostalAddressFields {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'A name for people, e.g. "Plant 2".' })
  label: string | null;

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

@InputType()
export class CreateAddressInput extends PostalAddressFields {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => Boolean, { defaultValue: true })
  isBilling: boolean;

  @Field(() => Boolean, { defaultValue: true })
  isShipping: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Makes it the default billing address (the old one stops being it).',
  })
  isDefaultBilling: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Makes it the default shipping address (the old one stops being it).',
  })
  isDefaultShipping: boolean;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateAddressInput extends ByIdInput {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field(() => Boolean, { nullable: true })
  isBilling?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isShipping?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isDefaultBilling?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isDefaultShipping?: boolean | null;
}

@InputType()
export class DeleteAddressInput extends ByIdInput {}

@ObjectType('AddressPayload')
export class AddressPayload {
  @Field(() => AddressNode, { nullable: true })
  address: AddressNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('DeleteAddressPayload')
export class DeleteAddressPayload extends DeletedIdPayload {}
