import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionArgs, SortDirection } from '../../common/connection/connection.args';
import { Connection } from '../../common/connection/connection.type';
import { UserError } from '../../common/errors/user-error.type';
import { ByIdInput } from '../../common/graphql/by-id.input';
import { DeletedIdPayload } from '../../common/graphql/deleted-id.payload';
import { ImportCounts } from '../../common/import/import-counts';
import { ProductNumberDisplay } from './catalog-settings.entity';

registerEnumType(ProductNumberDisplay, {
  name: 'ProductNumberDisplay',
  valuesMap: {
    HIDDEN: { description: 'Own numbers are not shown (search and fast order still accept them).' },
    ADDITIONAL: { description: 'Own numbers are shown next to the SKU.' },
    REPLACING: { description: 'Own numbers are shown instead of the SKU where a product has one.' },
  },
});

@ObjectType('CustomerProductNumber', { description: "The active company's own article number for a product." })
export class CustomerProductNumberNode {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  number: string;

  @Field(() => Date)
  updatedAt: Date;

  // Resolved per item (see CustomerProductNumbersResolver).
  productId: string;
}

@ObjectType('CustomerProductNumberConnection')
export class CustomerProductNumberConnection extends Connection(CustomerProductNumberNode, 'CustomerProductNumber') {}

@InputType()
export class CustomerProductNumberFilter {
  @Field(() => String, { nullable: true, description: 'Part of the own number, SKU or product name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  productId?: string | null;
}

export enum CustomerProductNumberSortField {
  NUMBER = 'NUMBER',
  SKU = 'SKU',
}
registerEnumType(CustomerProductNumberSortField, { name: 'CustomerProductNumberSortField' });

@InputType()
export class CustomerProductNumberOrderBy {
  @Field(() => CustomerProductNumberSortField)
  field: CustomerProductNumberSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class CustomerProductNumbersArgs extends ConnectionArgs {
  @Field(() => CustomerProductNumberFilter, { nullable: true })
  filter?: CustomerProductNumberFilter | null;

  @Field(() => CustomerProductNumberOrderBy, { nullable: true, description: 'Default: by own number, A to Z.' })
  orderBy?: CustomerProductNumberOrderBy | null;
}

@InputType()
export class CreateCustomerProductNumberInput {
  @Field(() => ID)
  productId: string;

  @Field(() => String)
  number: string;
}

@InputType()
export class UpdateCustomerProductNumberInput extends ByIdInput {
  @Field(() => String)
  number: string;
}

@InputType()
export class DeleteCustomerProductNumberInput extends ByIdInput {}

@ObjectType('CustomerProductNumberPayload')
export class CustomerProductNumberPayload {
  @Field(() => CustomerProductNumberNode, { nullable: true })
  customerProductNumber: CustomerProductNumberNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('DeleteCustomerProductNumberPayload')
export class DeleteCustomerProductNumberPayload extends DeletedIdPayload {}

@InputType()
export class ImportCustomerProductNumbersInput {
  @Field(() => String, {
    description:
      'CSV with two columns, own number and SKU (comma or semicolon separated; a header row naming "sku" is skipped).',
  })
  csv: string;
}

export enum ImportRowStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  valuesMap: {
    CREATED: { description: 'The product got this number.' },
    UPDATED: { description: "The product's previous number was replaced." },
    UNCHANGED: { description: 'The product already had exactly this number.' },
    REJECTED: { description: 'Nothing was changed for this row; see the message.' },
  },
});

@ObjectType('ImportRowReport')
export class ImportRowReportNode {
  @Field(() => Int, { description: 'Line number in the file, from 1.' })
  row: number;

  @Field(() => ImportRowStatus)
  status: ImportRowStatus;

  @Field(() => String)
  number: string;

  @Field(() => String)
  sku: string;

  @Field(() => String, { nullable: true, description: 'Why a row was rejected, or what an update replaced.' })
  message: string | null;
}

@ObjectType('ImportCustomerProductNumbersPayload')
export class ImportCustomerProductNumbersPayload extends ImportCounts {
  @Field(() => [ImportRowReportNode])
  rows: ImportRowReportNode[];

  @Field(() => [UserError], { description: 'Problems with the file as a whole; then nothing was imported.' })
  userErrors: UserError[];
}

@ObjectType('CatalogSettings', { description: "The active company's catalog settings." })
export class CatalogSettingsNode {
  @Field(() => ProductNumberDisplay)
  productNumberDisplay: ProductNumberDisplay;

  @Field(() => Boolean, { description: 'True when the company sees only its assortment, not the whole catalog.' })
  restrictedAssortment: boolean;
}

@InputType()
export class SetProductNumberDisplayInput {
  @Field(() => ProductNumberDisplay)
  productNumberDisplay: ProductNumberDisplay;
}

@ObjectType('CatalogSettingsPayload')
export class CatalogSettingsPayload {
  @Field(() => CatalogSettingsNode, { nullable: true })
  catalogSettings: CatalogSettingsNode | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
