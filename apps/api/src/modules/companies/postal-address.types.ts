import { Field, InputType, ObjectType } from '@nestjs/graphql';

// The postal part every address shares: address-book entries, order snapshots and addresses typed in at
// checkout. Abstract for both object and input types, so each declares only what it adds.
@ObjectType({ isAbstract: true })
@InputType({ isAbstract: true })
export class PostalAddressFields {
  @Field(() => String)
  companyName: string;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String)
  street: string;

  @Field(() => String)
  postalCode: string;

  @Field(() => String)
  city: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  countryCode: string;
}

export type PostalAddress = Required<PostalAddressFields> & { contactName: string | null };

// Copies just the postal part of an address-like record (address-book entry, order snapshot), so a node
// or snapshot built from it never carries the record's other fields.
export function postalAddressOf(address: PostalAddress): PostalAddress {
  const { companyName, contactName, street, postalCode, city, countryCode } = address;
  return { companyName, contactName, street, postalCode, city, countryCode };
}
