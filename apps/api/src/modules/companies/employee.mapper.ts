import type { User } from '../identity/user.entity';
import { hasPassword } from '../identity/users.service';
import { EmployeeNode } from './employee.types';
import { Membership } from './membership.entity';

export type EmployeeRow = Membership & { user: User };

export function toEmployeeNode(employee: EmployeeRow): EmployeeNode {
  const { user } = employee;
  return {
    id: employee.id,
    salutation: user.salutation,
    firstName: user.firstName,
    lastName: user.lastName,
    fullName: `${user.firstName} ${user.lastName}`,
    email: user.email,
    phone: user.phone,
    department: employee.department,
    isAdmin: employee.isAdmin,
    roleId: employee.roleId,
    active: employee.active,
    loginTarget: employee.loginTarget,
    hasPassword: hasPassword(user),
    createdAt: employee.createdAt,
  };
}
