import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess, findByIdInScope } from '../../common/database/data-access';
import { UserError, userError } from '../../common/errors/user-error.type';
import { AddressesService } from '../companies/addresses.service';
import { toAddressNode, toCostCenterNode } from '../companies/company.mapper';
import { CompanyAddress } from '../companies/company-address.entity';
import { AddressUsage } from '../companies/company-address.types';
import { CostCenter } from '../companies/cost-center.entity';
import { CostCentersService } from '../companies/cost-centers.service';
import { toPaymentMethodNode, toShippingMethodNode } from './checkout.mapper';
import {
  CheckoutDefaultsNode,
  PaymentMethodNode,
  ShippingMethodNode,
  UpdateCheckoutDefaultsInput,
  UpdateCheckoutDefaultsPayload,
} from './checkout.types';
import { CheckoutDefaults } from './checkout-defaults.entity';
import { PaymentMethod } from './payment-method.entity';
import { ShippingMethod } from './shipping-method.entity';

// What checkout resolves an omitted choice to.
export type ResolvedDefaults = {
  billingAddress: CompanyAddress | null;
  shippingAddress: CompanyAddress | null;
  shippingMethod: ShippingMethod | null;
  paymentMethod: PaymentMethod | null;
  costCenter: CostCenter | null;
};

@Injectable()
export class CheckoutOptionsService {
  constructor(
    private readonly data: DataAccess,
    private readonly addresses: AddressesService,
    private readonly costCenters: CostCentersService,
  ) {}

  async shippingMethods(context: RequestContext): Promise<ShippingMethodNode[]> {
    const methods = await this.data.manager(context).find(ShippingMethod, {
      where: { active: true },
      order: { position: 'ASC', id: 'ASC' },
    });
    return methods.map(toShippingMethodNode);
  }

  async paymentMethods(context: RequestContext): Promise<PaymentMethodNode[]> {
    const methods = await this.data.manager(context).find(PaymentMethod, {
      where: { active: true },
      order: { position: 'ASC', id: 'ASC' },
    });
    return methods.map(toPaymentMethodNode);
  }

  async defaultsNode(context: RequestContext): Promise<CheckoutDefaultsNode> {
    const defaults = await this.defaults(context);
    return {
      billingAddress: defaults.billingAddress && toAddressNode(defaults.billingAddress),
      shippingAddress: defaults.shippingAddress && toAddressNode(defaults.shippingAddress),
      shippingMethod: defaults.shippingMethod && toShippingMethodNode(defaults.shippingMethod),
      paymentMethod: defaults.paymentMethod && toPaymentMethodNode(defaults.paymentMethod),
      costCenter: defaults.costCenter && toCostCenterNode(defaults.costCenter),
      expressCheckoutReady: Boolean(
        defaults.billingAddress &&
        defaults.shippingAddress &&
        defaults.shippingMethod &&
        defaults.paymentMethod &&
        (!defaults.costCenter || defaults.costCenter.active),
      ),
    };
  }

  // Every id is looked up inside the active company (NOT_FOUND otherwise); what does not fit is a userError.
  async updateDefaults(
    context: RequestContext,
    input: UpdateCheckoutDefaultsInput,
  ): Promise<UpdateCheckoutDefaultsPayload> {
    return this.data.transaction(context, async (tx) => {
      const companyId = tx.requireCompany().companyId;
      const stored =
        (await tx.manager.findOne(CheckoutDefaults, { where: { companyId }, lock: { mode: 'pessimistic_write' } })) ??
        tx.manager.create(CheckoutDefaults, {
          companyId,
          billingAddressId: null,
          shippingAddressId: null,
          shippingMethodId: null,
          paymentMethodId: null,
          costCenterId: null,
        });
      const problems: UserError[] = [];
      if (input.billingAddressId !== undefined) {
        const address = input.billingAddressId ? await this.addresses.find(tx, input.billingAddressId) : null;
        if (address && !address.isBilling) {
          problems.push(
            userError('NOT_A_BILLING_ADDRESS', 'This address is not used for billing.', ['input', 'billingAddressId']),
          );
        }
        stored.billingAddressId = address?.id ?? null;
      }
      if (input.shippingAddressId !== undefined) {
        const address = input.shippingAddressId ? await this.addresses.find(tx, input.shippingAddressId) : null;
        if (address && !address.isShipping) {
          problems.push(
            userError('NOT_A_SHIPPING_ADDRESS', 'This address is not used for shipping.', [
              'input',
              'shippingAddressId',
            ]),
          );
        }
        stored.shippingAddressId = address?.id ?? null;
      }
      if (input.shippingMethodId !== undefined) {
        stored.shippingMethodId = input.shippingMethodId
          ? (await this.shippingMethod(tx, input.shippingMethodId)).id
          : null;
      }
      if (input.paymentMethodId !== undefined) {
        stored.paymentMethodId = input.paymentMethodId
          ? (await this.paymentMethod(tx, input.paymentMethodId)).id
          : null;
      }
      if (input.costCenterId !== undefined) {
        const costCenter = input.costCenterId ? await this.costCenters.find(tx, input.costCenterId) : null;
        if (costCenter && !costCenter.active) {
          problems.push(
            userError('COST_CENTER_INACTIVE', `${costCenter.code} is inactive.`, ['input', 'costCenterId']),
          );
        }
        stored.costCenterId = costCenter?.id ?? null;
      }
      if (problems.length) return { checkoutDefaults: null, userErrors: problems };
      await tx.manager.save(stored);
      return { checkoutDefaults: await this.defaultsNode(tx), userErrors: [] };
    });
  }

  // The stored settings, with the address book's default-flagged addresses where none is stored.
  async defaults(context: RequestContext): Promise<ResolvedDefaults> {
    const manager = this.data.manager(context);
    const stored = await manager.findOne(CheckoutDefaults, {
      where: { companyId: context.requireCompany().companyId },
    });
    // One after the other: inside the checkout transaction they share one connection anyway.
    const billingAddress = stored?.billingAddressId
      ? await this.addresses.find(context, stored.billingAddressId)
      : await this.addresses.findDefault(context, AddressUsage.BILLING);
    const shippingAddress = stored?.shippingAddressId
      ? await this.addresses.find(context, stored.shippingAddressId)
      : await this.addresses.findDefault(context, AddressUsage.SHIPPING);
    const shippingMethod = stored?.shippingMethodId
      ? await manager.findOne(ShippingMethod, { where: { id: stored.shippingMethodId, active: true } })
      : null;
    const paymentMethod = stored?.paymentMethodId
      ? await manager.findOne(PaymentMethod, { where: { id: stored.paymentMethodId, active: true } })
      : null;
    const costCenter = stored?.costCenterId ? await this.costCenters.find(context, stored.costCenterId) : null;
    return { billingAddress, shippingAddress, shippingMethod, paymentMethod, costCenter };
  }

  // Methods are shop-wide: the scope is "active", so a retired method answers NOT_FOUND like an unknown one.
  shippingMethod(context: RequestContext, id: string): Promise<ShippingMethod> {
    return findByIdInScope(id, 'Shipping method', (methodId) =>
      this.data.manager(context).findOne(ShippingMethod, { where: { id: methodId, active: true } }),
    );
  }

  paymentMethod(context: RequestContext, id: string): Promise<PaymentMethod> {
    return findByIdInScope(id, 'Payment method', (methodId) =>
      this.data.manager(context).findOne(PaymentMethod, { where: { id: methodId, active: true } }),
    );
  }
}
