import { Category } from '../modules/catalog/category.entity';
import { Product } from '../modules/catalog/product.entity';
import { Company } from '../modules/companies/company.entity';
import { Membership } from '../modules/companies/membership.entity';
import { Role } from '../modules/companies/role.entity';
import { Session } from '../modules/identity/session.entity';
import { User } from '../modules/identity/user.entity';
import { OrderLine } from '../modules/orders/order-line.entity';
import { Order } from '../modules/orders/order.entity';
import { RepAssignment } from '../modules/sales/rep-assignment.entity';

export const ENTITIES = [User, Session, Company, Role, Membership, RepAssignment, Category, Product, Order, OrderLine];
