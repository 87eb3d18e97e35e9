import { UserKind } from '../../common/auth/user-kind';
import { EmployeeCsvRecord } from './employee-csv';
import { EmployeeImportStatus } from './employee-csv.types';
import { EmployeeImportState, ExistingEmployee, planEmployeeImport } from './employee-import-plan';

const anna: ExistingEmployee = {
  userId: 'u-anna',
  kind: UserKind.EMPLOYEE,
  person: { salutation: 'Ms', firstName: 'Anna', lastName: 'Becker', phone: null },
  worksElsewhere: false,
  membership: { id: 'm-anna', isAdmin: true, roleId: null, department: 'Management', active: true },
};
const ben: ExistingEmployee = {
  userId: 'u-ben',
  kind: UserKind.EMPLOYEE,
  person: { salutation: 'Mr', firstName: 'Ben', lastName: 'Keller', phone: null },
  worksElsewhere: true,
  membership: { id: 'm-ben', isAdmin: false, roleId: 'r-buyer', department: null, active: true },
};
const state: EmployeeImportState = {
  roleIdByName: new Map([['buyer', 'r-buyer']]),
  activeAdminIds: new Set(['m-anna']),
  existingByEmail: new Map([
    ['anna@acme.test', anna],
    ['ben@acme.test', ben],
    ['other@acme.test', { ...ben, userId: 'u-other', membership: null }],
    ['rep@acme.test', { ...ben, userId: 'u-rep', kind: UserKind.SALES_REP, membership: null }],
  ]),
};

// salutation;first;last;email;phone;department;role;admin;active, empty cells as null (as parseEmployeeCsv reads them).
function row(line: number, cells: string): { row: number; cellCount: number; record: EmployeeCsvRecord } {
  const [salutation, firstName, lastName, email, phone, department, role, admin, active] = cells
    .split(';')
    .map((cell) => cell || null);
  return {
    row: line,
    cellCount: 9,
    record: {
      salutation: salutation ?? null,
      firstName: firstName ?? null,
      lastName: lastName ?? null,
      email: email ?? null,
      phone: phone ?? null,
      department: department ?? null,
      role: role ?? null,
      admin: admin ?? null,
      active: active ?? null,
    },
  };
}

describe('planEmployeeImport', () => {
  it('creates new people, lets existing logins join, updates and leaves the rest unchanged', () => {
    const plan = planEmployeeImport(
      [
        row(2, 'Ms;Nina;New;nina@acme.test;+49 1;Ops;buyer;no;'),
        row(3, 'Mr;Oli;Other;other@acme.test;;;Buyer;no;yes'),
        row(4, 'Ms;Anna;Becker;anna@acme.test;;Management;;yes;yes'),
        row(5, 'Mr;Ben;Keller;ben@acme.test;;Purchasing;Buyer;no;no'),
      ],
      state,
    );
    expect(plan.report).toEqual([
      { row: 2, email: 'nina@acme.test', status: EmployeeImportStatus.CREATED, message: null },
      {
        row: 3,
        email: 'other@acme.test',
        status: EmployeeImportStatus.CREATED,
        message: 'Joined with their existing login.',
      },
      { row: 4, email: 'anna@acme.test', status: EmployeeImportStatus.UNCHANGED, message: null },
      { row: 5, email: 'ben@acme.test', status: EmployeeImportStatus.UPDATED, message: null },
    ]);
    expect(plan.newUsers).toEqual([
      {
        email: 'nina@acme.test',
        person: { salutation: 'Ms', firstName: 'Nina', lastName: 'New', phone: '+49 1' },
        assignment: { isAdmin: false, roleId: 'r-buyer', department: 'Ops', active: true },
      },
    ]);
    // A join never takes the file's name for the person: their data stays theirs.
    expect(plan.joins).toEqual([
      { userId: 'u-other', assignment: { isAdmin: false, roleId: 'r-buyer', department: null, active: true } },
    ]);
    expect(plan.updates).toEqual([
      {
        userId: 'u-ben',
        membershipId: 'm-ben',
        person: null,
        assignment: { isAdmin: false, roleId: 'r-buyer', department: 'Purchasing', active: false },
        deactivated: true,
      },
    ]);
  });

  it('rejects rows that break the employee rules, with the reason', () => {
    const plan = planEmployeeImport(
      [
        row(1, 'Ms;A;B;not-an-email;;;Buyer;no;yes'),
        row(2, 'Ms;;B;b@acme.test;;;Buyer;no;yes'),
        row(3, 'Ms;A;B;c@acme.test;;;Buyer;yes;yes'),
        row(4, 'Ms;A;B;d@acme.test;;;;no;yes'),
        row(5, 'Ms;A;B;e@acme.test;;;Wizard;no;yes'),
        row(6, 'Ms;A;B;e@acme.test;;;Buyer;no;yes'),
        row(7, 'Mr;Benjamin;Keller;ben@acme.test;;;Buyer;no;yes'),
        row(8, 'Ms;Anna;Becker;anna@acme.test;;Management;Buyer;no;yes'),
        row(9, 'Mr;R;P;rep@acme.test;;;Buyer;no;yes'),
        row(10, 'Ms;A;B;f@acme.test;;;Buyer;maybe;yes'),
      ],
      state,
    );
    expect(plan.report.map((entry) => [entry.row, entry.message])).toEqual([
      [1, 'Enter a valid email address.'],
      [2, 'First and last name are required.'],
      [3, 'Admins hold no role: leave the role empty for admins.'],
      [4, 'Choose a role or make the employee an admin.'],
      [5, 'Unknown role "Wizard".'],
      [6, 'The same email is already in row 5.'],
      [7, 'Also works for another company and keeps their personal data up to date themselves.'],
      [8, 'A company needs at least one active admin. Make someone else admin first.'],
      [9, 'This email belongs to an account that cannot join a company.'],
      [10, 'Admin must be yes or no.'],
    ]);
    expect(plan.report.every((entry) => entry.status === EmployeeImportStatus.REJECTED)).toBe(true);
    expect([plan.newUsers, plan.joins, plan.updates]).toEqual([[], [], []]);
  });

  it('lets the last admin step down when a new admin comes earlier in the same file', () => {
    const plan = planEmployeeImport(
      [
        row(1, 'Mr;New;Boss;boss@acme.test;;;;yes;yes'),
        row(2, 'Ms;Anna;Becker;anna@acme.test;;Management;Buyer;no;yes'),
      ],
      state,
    );
    expect(plan.report.map((entry) => entry.status)).toEqual([
      EmployeeImportStatus.CREATED,
      EmployeeImportStatus.UPDATED,
    ]);
  });
});
