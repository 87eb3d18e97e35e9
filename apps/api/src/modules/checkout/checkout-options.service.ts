import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { managerFor } from '../../common/database/transaction';
import { notFound } from '../../common/errors/graphql-errors';
import { isUuid } from '../../common/ids';
import { AddressesService } from '../companies/addresses.service';
import { CompanyAddress } from '../companies/company-address.entity';
import { AddressUsage } from '../companies/company-address.types';
import { toAddressNode, toCostCenterNode } from '../companies/company.mapper';
import { activeCompanyId } from '../companies/company-scope';
import { CostCenter } from '../companies/cost-center.entity';
import { CostCentersService } from '../companies/cost-centers.service';
import { CheckoutDefaults } from './checkout-defaults.entity';
import { toPaymentMethodNode, toShippingMethodNode } from './checkout.mapper';
import { CheckoutDefaultsNode, PaymentMethodNode, ShippingMethodNode } from './checkout.types';
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
    private readonly dataSource: DataSource,
    private readonly addresses: AddressesService,
    private readonly costCenters: CostCentersService,
  ) {}

  async shippingMethods(context: RequestContext): Promise<ShippingMethodNode[]> {
    const methods = await managerFor(context, this.dataSource).find(ShippingMethod, {
      where: { active: true },
      order: { position: 'ASC', id: 'ASC' },
    });
    return methods.map(toShippingMethodNode);
  }

  async paymentMethods(context: RequestContext): Promise<PaymentMethodNode[]> {
    const methods = await managerFor(context, this.dataSource).find(PaymentMethod, {
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
        defaults.billingAddress && defaults.shippingAddress && defaults.shippingMethod && defaults.paymentMethod &&
          (!defaults.costCenter || defaults.costCenter.active),
      ),
    };
  }

  // The stored settings, with the address book's default-flagged addresses where none is stored.
  async defaults(context: RequestContext): Promise<ResolvedDefaults> {
    const manager = managerFor(context, this.dataSource);
    const stored = await manager.findOne(CheckoutDefaults, { where: { companyId: activeCompanyId(context) } });
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

  async shippingMethod(context: RequestContext, id: string): Promise<ShippingMethod> {
    const method = isUuid(id)
      ? await managerFor(context, this.dataSource).findOne(ShippingMethod, { where: { id, active: true } })
      : null;
    if (!method) throw notFound('Shipping method');
    return method;
  }

  async paymentMethod(context: RequestContext, id: string): Promise<PaymentMethod> {
    const method = isUuid(id)
      ? await managerFor(context, this.dataSource).findOne(PaymentMethod, { where: { id, active: true } })
      : null;
    if (!method) throw notFound('Payment method');
    return method;
  }
}
