import { CompanyAddress } from './company-address.entity';
import { AddressNode } from './company-address.types';
import { CostCenter } from './cost-center.entity';
import { CostCenterNode } from './cost-center.types';

export function toAddressNode(address: CompanyAddress): AddressNode {
  return {
    id: address.id,
    label: address.label,
    companyName: address.companyName,
    contactName: address.contactName,
    street: address.street,
    postalCode: address.postalCode,
    city: address.city,
    countryCode: address.countryCode,
    isBilling: address.isBilling,
    isShipping: address.isShipping,
    isDefaultBilling: address.isDefaultBilling,
    isDefaultShipping: address.isDefaultShipping,
  };
}

export function toCostCenterNode(costCenter: CostCenter): CostCenterNode {
  return { id: costCenter.id, code: costCenter.code, name: costCenter.name, active: costCenter.active };
}
