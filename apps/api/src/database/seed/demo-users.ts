import { ACME, DEMO_COMPANIES, DemoCompany, GLOBEX, PRIVATE_CUSTOMER } from './company-data';
import { DEPARTMENTS, emailLocalPart, namePoolFor } from './name-pools';
import { SeededRandom } from './seeded-random';

export type DemoUserKind = 'employee' | 'sales_rep' | 'operator';

export type PresetRoleName = 'Buyer' | 'Viewer' | 'Finance' | 'Purchasing lead';

export interface DemoMembership {
  customerNumber: string;
  isAdmin: boolean;
  role: PresetRoleName | null;
  department: string | null;
  active: boolean;
}

export interface DemoUser {
  email: string;
  salutation: 'Mr' | 'Ms';
  firstName: string;
  lastName: string;
  phone: string | null;
  kind: DemoUserKind;
  isSupervisor: boolean;
  preferredCustomerNumber: string | null;
  memberships: DemoMembership[];
  // Customers a sales rep serves.
  assignments: string[];
}

const REP_PHONE = '+49 40 3290';
// The demo rep also serves the private (B2C) customer, so the rep portal shows the B2C flag.
const REGION_NORTH = [ACME, 'C-10003', 'C-10004', 'C-10013', 'C-10006', PRIVATE_CUSTOMER];
const REGION_SOUTH = [GLOBEX, 'C-10005', 'C-10006', 'C-10007', 'C-10008'];
const REGION_WEST = ['C-10009', 'C-10010', 'C-10011', 'C-10012', 'C-10004'];

function member(
  customerNumber: string,
  role: PresetRoleName | 'admin',
  department: string | null,
  active = true,
): DemoMembership {
  const isAdmin = role === 'admin';
  return { customerNumber, isAdmin, role: isAdmin ? null : role, department, active };
}

function staff(
  email: string,
  salutation: 'Mr' | 'Ms',
  firstName: string,
  lastName: string,
  phone: string | null,
  memberships: DemoMembership[],
): DemoUser {
  return {
    email,
    salutation,
    firstName,
    lastName,
    phone,
    kind: 'employee',
    isSupervisor: false,
    // Someone working for two companies picks one at login.
    preferredCustomerNumber: memberships.length === 1 ? memberships[0].customerNumber : null,
    memberships,
    assignments: [],
  };
}

function branchlineStaff(
  email: string,
  salutation: 'Mr' | 'Ms',
  firstName: string,
  lastName: string,
  kind: DemoUserKind,
  extension: string,
  assignments: string[] = [],
  isSupervisor = false,
): DemoUser {
  const phone = `${REP_PHONE}-${extension}`;
  return {
    email,
    salutation,
    firstName,
    lastName,
    phone,
    kind,
    isSupervisor,
    preferredCustomerNumber: null,
    memberships: [],
    assignments,
  };
}

// The logins the README and the API tests rely on. Keep them stable.
export const NAMED_USERS: readonly DemoUser[] = [
  staff('admin@acme.test', 'Ms', 'Anna', 'Becker', '+49 711 4829-100', [member(ACME, 'admin', 'Management')]),
  staff('buyer@acme.test', 'Mr', 'Ben', 'Schulz', '+49 711 4829-214', [member(ACME, 'Buyer', 'Purchasing')]),
  staff('viewer@acme.test', 'Ms', 'Vera', 'Lang', '+49 711 4829-350', [member(ACME, 'Viewer', 'Engineering')]),
  staff('finance@acme.test', 'Mr', 'Frank', 'Huber', '+49 711 4829-120', [member(ACME, 'Finance', 'Finance')]),
  // Left the company: the membership stays for history but no longer grants access.
  staff('jonas.richter@acme.test', 'Mr', 'Jonas', 'Richter', null, [member(ACME, 'Buyer', 'Purchasing', false)]),
  staff('admin@globex.test', 'Ms', 'Gabriele', 'Roth', '+49 211 7730-10', [member(GLOBEX, 'admin', 'Management')]),
  staff('buyer@globex.test', 'Mr', 'Georg', 'Weber', '+49 211 7730-42', [member(GLOBEX, 'Buyer', 'Site management')]),
  staff('multi@branchline.test', 'Ms', 'Mira', 'Koch', '+49 171 5550192', [
    member(ACME, 'Purchasing lead', 'Purchasing'),
    member(GLOBEX, 'Buyer', 'Procurement'),
  ]),
  staff('maria.keller@example.test', 'Ms', 'Maria', 'Keller', '+49 89 2147-0', [
    member(PRIVATE_CUSTOMER, 'admin', null),
  ]),
  branchlineStaff('rep@branchline.test', 'Mr', 'Thomas', 'Brenner', 'sales_rep', '411', REGION_NORTH),
  branchlineStaff('sabine.wolf@branchline.test', 'Ms', 'Sabine', 'Wolf', 'sales_rep', '412', REGION_SOUTH),
  branchlineStaff('oliver.hughes@branchline.test', 'Mr', 'Oliver', 'Hughes', 'sales_rep', '413', REGION_WEST),
  branchlineStaff('supervisor@branchline.test', 'Ms', 'Claudia', 'Neumann', 'sales_rep', '400', [], true),
  branchlineStaff('operator@branchline.test', 'Mr', 'Felix', 'Hartmann', 'operator', '200'),
];

// Drawn without replacement, so a small team is a believable mix rather than four finance clerks.
const ROLE_DECK: readonly PresetRoleName[] = [
  'Buyer',
  'Buyer',
  'Buyer',
  'Purchasing lead',
  'Purchasing lead',
  'Viewer',
  'Viewer',
  'Finance',
];

export function buildDemoUsers(random: SeededRandom): DemoUser[] {
  const users = [...NAMED_USERS];
  for (const company of DEMO_COMPANIES) {
    if (company.kind !== 'b2b') continue;
    const roles = random.sample(ROLE_DECK, random.int(3, 8));
    // Acme and Globex have named admins; every other company's first employee administers it.
    const hasAdmin = company.customerNumber === ACME || company.customerNumber === GLOBEX;
    // One Schmidt per company is realistic; three look generated.
    const lastNames = new Set(users.filter((user) => worksAt(user, company)).map((user) => user.lastName));
    roles.forEach((role, index) => {
      users.push(generatedEmployee(random, company, !hasAdmin && index === 0 ? 'admin' : role, lastNames));
    });
  }
  return users;
}

function generatedEmployee(
  random: SeededRandom,
  company: DemoCompany,
  role: PresetRoleName | 'admin',
  lastNames: Set<string>,
): DemoUser {
  const pool = namePoolFor(company.countryCode, company.city);
  for (;;) {
    const salutation = random.chance(0.45) ? 'Ms' : 'Mr';
    const firstName = random.pick(salutation === 'Ms' ? pool.female : pool.male);
    const lastName = random.pick(pool.last);
    // Distinct last names also keep the logins (first.last@domain) unique.
    if (lastNames.has(lastName)) continue;
    lastNames.add(lastName);
    const email = `${emailLocalPart(firstName, lastName)}@${company.emailDomain}`;
    const phone = random.chance(0.85) ? `${company.phone}-${random.int(101, 899)}` : null;
    const membership = member(company.customerNumber, role, departmentFor(random, role));
    return staff(email, salutation, firstName, lastName, phone, [membership]);
  }
}

function worksAt(user: DemoUser, company: DemoCompany): boolean {
  return user.memberships.some((membership) => membership.customerNumber === company.customerNumber);
}

function departmentFor(random: SeededRandom, role: PresetRoleName | 'admin'): string {
  switch (role) {
    case 'admin':
      return random.pick(['Management', 'Purchasing', 'Administration']);
    case 'Finance':
      return random.pick(DEPARTMENTS.finance);
    case 'Viewer':
      return random.pick(DEPARTMENTS.viewing);
    default:
      return random.pick(DEPARTMENTS.ordering);
  }
}
