import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess, findInScope, TransactionalContext } from '../../common/database/data-access';
import { UserError, userError } from '../../common/errors/user-error.type';
import { toAddressNode } from './company.mapper';
import { CompanyAddress } from './company-address.entity';
import {
  AddressesArgs,
  AddressNode,
  AddressPayload,
  AddressUsage,
  CreateAddressInput,
  DeleteAddressInput,
  DeleteAddressPayload,
  UpdateAddressInput,
} from './company-address.types';

@Injectable()
export class AddressesService {
  constructor(private readonly data: DataAccess) {}

  async list(context: RequestContext, args: AddressesArgs): Promise<ConnectionResult<AddressNode>> {
    const query = this.companyAddresses(context);
    if (args.filter?.usage === AddressUsage.BILLING) query.andWhere('a.is_billing');
    if (args.filter?.usage === AddressUsage.SHIPPING) query.andWhere('a.is_shipping');
    const page = await keysetPaginate(query, args, { expression: '"a"."created_at"', direction: SortDirection.ASC });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAddressNode(edge.node) })) };
  }

  async create(context: RequestContext, input: CreateAddressInput): Promise<AddressPayload> {
    return this.data.transaction(context, async (tx) => {
      const address = tx.manager.create(CompanyAddress, { companyId: tx.requireCompany().companyId });
      return this.write(tx, address, input);
    });
  }

  async update(context: RequestContext, input: UpdateAddressInput): Promise<AddressPayload> {
    return this.data.transaction(context, async (tx) => this.write(tx, await this.find(tx, input.id), input));
  }

  // Placed orders keep their snapshot; checkout defaults pointing here fall back (FK ON DELETE SET NULL).
  async delete(context: RequestContext, input: DeleteAddressInput): Promise<DeleteAddressPayload> {
    const address = await this.find(context, input.id);
    await this.data.manager(context).delete(CompanyAddress, { id: address.id, companyId: address.companyId });
    return { deletedId: address.id, userErrors: [] };
  }

  // NOT_FOUND for another company's address exactly as for a missing one.
  find(context: RequestContext, id: string): Promise<CompanyAddress> {
    return findInScope(this.companyAddresses(context), id, 'Address');
  }

  async findDefault(context: RequestContext, usage: AddressUsage): Promise<CompanyAddress | null> {
    const column = usage === AddressUsage.BILLING ? 'a.is_default_billing' : 'a.is_default_shipping';
    return this.companyAddresses(context).andWhere(column).getOne();
  }

  private async write(
    tx: TransactionalContext,
    address: CompanyAddress,
    input: CreateAddressInput | UpdateAddressInput,
  ): Promise<AddressPayload> {
    const text = (value: string | null | undefined, current: string | null) =>
      value === undefined ? current : value?.trim() || null;
    address.label = text(input.label, address.label ?? null);
    address.contactName = text(input.contactName, address.contactName ?? null);
    address.companyName = input.companyName?.trim() ?? address.companyName ?? '';
    address.street = input.street?.trim() ?? address.street ?? '';
    address.postalCode = input.postalCode?.trim() ?? address.postalCode ?? '';
    address.city = input.city?.trim() ?? address.city ?? '';
    address.countryCode = input.countryCode?.trim().toUpperCase() ?? address.countryCode ?? '';
    address.isBilling = input.isBilling ?? address.isBilling ?? true;
    address.isShipping = input.isShipping ?? address.isShipping ?? true;
    address.isDefaultBilling = input.isDefaultBilling ?? address.isDefaultBilling ?? false;
    address.isDefaultShipping = input.isDefaultShipping ?? address.isDefaultShipping ?? false;
    // An address no longer usable for billing cannot stay the billing default (same for shipping).
    if (input.isBilling === false && input.isDefaultBilling == null) address.isDefaultBilling = false;
    if (input.isShipping === false && input.isDefaultShipping == null) address.isDefaultShipping = false;

    const problems = validateAddress(address);
    if (problems.length) return { address: null, userErrors: problems };

    // One default of each kind per company (unique partial indexes): the company row lock serialises
    // concurrent changes, then the old default gives way. NO KEY UPDATE leaves FK checks (new orders) unblocked.
    await tx.manager.query(`SELECT 1 FROM companies WHERE id = $1 FOR NO KEY UPDATE`, [address.companyId]);
    for (const column of ['is_default_billing', 'is_default_shipping'] as const) {
      const wanted = column === 'is_default_billing' ? address.isDefaultBilling : address.isDefaultShipping;
      if (!wanted) continue;
      await tx.manager.query(
        `UPDATE company_addresses SET ${column} = false WHERE company_id = $1 AND ${column} AND id IS DISTINCT FROM $2`,
        [address.companyId, address.id ?? null],
      );
    }
    const saved = await tx.manager.save(address);
    return { address: toAddressNode(saved), userErrors: [] };
  }

  companyAddresses(context: RequestContext): SelectQueryBuilder<CompanyAddress> {
    return this.data
      .manager(context)
      .createQueryBuilder(CompanyAddress, 'a')
      .where('a.company_id = :companyId', { companyId: context.requireCompany().companyId });
  }
}

function validateAddress(address: CompanyAddress): UserError[] {
  const problems: UserError[] = [];
  for (const field of ['companyName', 'street', 'postalCode', 'city'] as const) {
    if (!address[field]) problems.push(userError('REQUIRED', 'This field is required.', ['input', field]));
  }
  if (!/^[A-Z]{2}$/.test(address.countryCode)) {
    problems.push(userError('COUNTRY_INVALID', 'Use a two-letter country code such as DE.', ['input', 'countryCode']));
  }
  if (!address.isBilling && !address.isShipping) {
    problems.push(
      userError('USAGE_REQUIRED', 'An address is used for billing, shipping or both.', ['input', 'isBilling']),
    );
  }
  if (address.isDefaultBilling && !address.isBilling) {
    problems.push(
      userError('DEFAULT_NEEDS_USAGE', 'Only a billing address can be the default billing address.', [
        'input',
        'isDefaultBilling',
      ]),
    );
  }
  if (address.isDefaultShipping && !address.isShipping) {
    problems.push(
      userError('DEFAULT_NEEDS_USAGE', 'Only a shipping address can be the default shipping address.', [
        'input',
        'isDefaultShipping',
      ]),
    );
  }
  return problems;
}
