import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CompanyKind } from './company.entity';

registerEnumType(CompanyKind, {
  name: 'CompanyKind',
  valuesMap: { B2B: { description: 'A business customer.' }, B2C: { description: 'A private customer.' } },
});

@ObjectType('Company', { description: 'A customer of the distributor.' })
export class CompanyNode {
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

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  countryCode: string;
}
