import { Cart } from '../modules/cart/cart.entity';
import { CartLine } from '../modules/cart/cart-line.entity';
import { AssortmentProduct } from '../modules/catalog/assortment-product.entity';
import { CatalogSettings } from '../modules/catalog/catalog-settings.entity';
import { Category } from '../modules/catalog/category.entity';
import { CustomerProductNumber } from '../modules/catalog/customer-product-number.entity';
import { Product } from '../modules/catalog/product.entity';
import { CheckoutDefaults } from '../modules/checkout/checkout-defaults.entity';
import { PaymentMethod } from '../modules/checkout/payment-method.entity';
import { ShippingMethod } from '../modules/checkout/shipping-method.entity';
import { Company } from '../modules/companies/company.entity';
import { CompanyAddress } from '../modules/companies/company-address.entity';
import { CostCenter } from '../modules/companies/cost-center.entity';
import { Membership } from '../modules/companies/membership.entity';
import { Role } from '../modules/companies/role.entity';
import { LoginLink } from '../modules/identity/login-link.entity';
import { Session } from '../modules/identity/session.entity';
import { User } from '../modules/identity/user.entity';
import { Invitation } from '../modules/invitations/invitation.entity';
import { Order } from '../modules/orders/order.entity';
import { OrderLine } from '../modules/orders/order-line.entity';
import { PortalSettings } from '../modules/portal/portal-settings.entity';
import { ContractPrice } from '../modules/pricing/contract-price.entity';
import { TierPrice } from '../modules/pricing/tier-price.entity';
import { RepAssignment } from '../modules/sales/rep-assignment.entity';

export const ENTITIES = [
  User,
  Session,
  LoginLink,
  PortalSettings,
  Company,
  Role,
  Membership,
  Invitation,
  RepAssignment,
  Category,
  Product,
  Order,
  OrderLine,
  CatalogSettings,
  AssortmentProduct,
  CustomerProductNumber,
  ContractPrice,
  TierPrice,
  CompanyAddress,
  CostCenter,
  ShippingMethod,
  PaymentMethod,
  CheckoutDefaults,
  Cart,
  CartLine,
];
