import { CompanyAddress } from './company-address.entity';
import { AddressNode } from './company-address.types';
import { CostCenter } from './cost-center.entity';
import { CostCenterNode } from './cost-center.types';
import { postalAddressOf } from './postal-address.types';

export function toAddressNode(address: CompanyAddress): AddressNode {
  return {
    id: address.id,
    label: address.label,
    ...postalAddressOf(address),
    isBilling: address.isBilling,
    isShipping: address.isShipping,
    isDefaultBilling: address.isDefaultBilling,
    isDefaultShipping: address.isDefaultShipping,
  };
}

export function toCostCenterNode(costCenter: CostCenter): CostCenterNode {
  return { id: costCenter.id, code: costCenter.code, name: costCenter.name, active: costCenter.active };
}
