import { performance } from 'node:perf_hooks';

import {
  TestEmployeesDocument,
  TestExportEmployeesDocument,
  TestImportEmployeesDocument,
  TestLoginDocument,
} from '@branchline/graphql-types';

import { DEMO_PASSWORD, errorCodes, startTestApp, TestApp, TestClient } from './support/test-app';

const HEADER = 'salutation;first name;last name;email;phone;department;role;admin;active';

describe('employees CSV export and import', () => {
  let app: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as('admin@acme.test');
  });
  afterAll(() => app.close());

  const importCsv = (csv: string, firstRowNumber?: number) =>
    admin.data(TestImportEmployeesDocument, { input: { csv, firstRowNumber } }).then((data) => data.importEmployees);

  it('exports every employee with a header, and an unchanged export imports as unchanged, chunk by chunk', async () => {
    const csv = (await admin.data(TestExportEmployeesDocument)).exportEmployees;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toContain('Ms;Anna;Becker;admin@acme.test;+49 711 4829-100;Management;;yes;yes');
    const { employees } = await admin.data(TestEmployeesDocument, { first: 1 });
    expect(lines).toHaveLength(employees.totalCount + 1);

    // As the SPA sends it: chunks of 3 rows, each with the line number it starts at.
    const reports = [];
    for (let start = 0; start < lines.length; start += 3) {
      reports.push(await importCsv(lines.slice(start, start + 3).join('\n'), start + 1));
    }
    const rows = reports.flatMap((report) => report.rows);
    expect(rows.map((row) => row.row)).toEqual(lines.slice(1).map((_line, index) => index + 2));
    expect(rows.every((row) => row.status === 'UNCHANGED')).toBe(true);
  });

  it('imports 1,000 rows with a few bad ones and reports each row', async () => {
    const good = (index: number) =>
      `${index % 2 ? 'Mr' : 'Ms'};First${index};Bulk${index};bulk${index}@acme-import.test;+49 30 ${index};Dept ${index % 7};${index % 3 ? 'Buyer' : 'viewer'};no;yes`;
    const bad: Record<number, [string, string]> = {
      10: ['Ms;Bad;Email;not-an-email;;;Buyer;no;yes', 'Enter a valid email address.'],
      200: ['Ms;Unknown;Role;unknown-role@acme-import.test;;;Wizard;no;yes', 'Unknown role "Wizard".'],
      300: [
        'Ms;Admin;WithRole;admin-role@acme-import.test;;;Buyer;yes;yes',
        'Admins hold no role: leave the role empty for admins.',
      ],
      400: ['Ms;Dup;Licate;bulk3@acme-import.test;;;Buyer;no;yes', 'The same email is already in row 5.'],
      500: ['Ms;;NoFirst;no-first@acme-import.test;;;Buyer;no;yes', 'First and last name are required.'],
      600: ['Ms;No;Role;no-role@acme-import.test;;;;no;yes', 'Choose a role or make the employee an admin.'],
      700: ['Ms;Maybe;Admin;maybe@acme-import.test;;;;maybe;yes', 'Admin must be yes or no.'],
    };
    const body = Array.from({ length: 1000 }, (_unused, index) => bad[index]?.[0] ?? good(index));
    // One existing employee changes department (updated), one stays as is (unchanged).
    body[1] = 'Ms;Anna;Becker;admin@acme.test;+49 711 4829-100;Management;;yes;yes';
    body[2] = 'Mr;Ben;Keller;buyer@acme.test;;Purchasing North;Buyer;no;yes';
    const [buyer] = await app.rows<{
      salutation: string | null;
      first_name: string;
      last_name: string;
      phone: string | null;
    }>(`SELECT salutation, first_name, last_name, phone FROM users WHERE email = 'buyer@acme.test'`);
    body[2] = `${buyer.salutation ?? ''};${buyer.first_name};${buyer.last_name};buyer@acme.test;${buyer.phone ?? ''};Purchasing North;Buyer;no;yes`;

    const started = performance.now();
    const report = await importCsv([HEADER, ...body].join('\n'));
    const elapsed = performance.now() - started;
    process.stdout.write(`importEmployees: 1,000 rows in one call took ${elapsed.toFixed(0)} ms\n`);

    expect(report.userErrors).toEqual([]);
    expect(report.rows).toHaveLength(1000);
    expect(report.rows.map((row) => row.row)).toEqual(body.map((_line, index) => index + 2));
    const rejected = report.rows.filter((row) => row.status === 'REJECTED');
    expect(rejected.map((row) => [row.row, row.message])).toEqual(
      Object.entries(bad).map(([index, [, message]]) => [Number(index) + 2, message]),
    );
    expect(report.rows[1]).toEqual({ row: 3, email: 'admin@acme.test', status: 'UNCHANGED', message: null });
    expect(report.rows[2]).toEqual(expect.objectContaining({ row: 4, email: 'buyer@acme.test', status: 'UPDATED' }));
    expect([report.createdCount, report.updatedCount, report.unchangedCount, report.rejectedCount]).toEqual([
      991, 1, 1, 7,
    ]);

    const [{ count }] = await app.rows<{ count: number }>(
      `SELECT count(*)::int AS count FROM memberships m JOIN users u ON u.id = m.user_id
       JOIN roles r ON r.id = m.role_id WHERE u.email LIKE '%@acme-import.test' AND m.active`,
    );
    expect(count).toBe(991);
    const [{ department }] = await app.rows<{ department: string }>(
      `SELECT m.department FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'buyer@acme.test'`,
    );
    expect(department).toBe('Purchasing North');

    // The same file again in chunks of 100 (row numbers from the file): nothing left to change.
    const lines = [HEADER, ...body];
    const chunkStarted = performance.now();
    const chunks = [];
    for (let start = 0; start < lines.length; start += 100) {
      chunks.push(await importCsv(lines.slice(start, start + 100).join('\n'), start + 1));
    }
    process.stdout.write(
      `importEmployees: the same 1,000 rows in 11 chunks of 100 took ${(performance.now() - chunkStarted).toFixed(0)} ms\n`,
    );
    const again = chunks.flatMap((chunk) => chunk.rows);
    expect(again.map((row) => row.row)).toEqual(report.rows.map((row) => row.row));
    expect(again.filter((row) => row.status !== 'UNCHANGED').map((row) => row.row)).toEqual(
      rejected.map((row) => row.row),
    );
  });

  it('imports a quoted cell that spans lines, and exports a name starting with = as text that imports back', async () => {
    const formulaRow = `Ms;"=HYPERLINK(""https://evil.test"")";Formula;formula@acme-csv.test;;"Purchasing\nNorth";Buyer;no;yes`;
    const report = await importCsv(
      [HEADER, formulaRow, 'Mr;Next;Row;next.row@acme-csv.test;;;Buyer;no;yes'].join('\n'),
    );
    expect(report.userErrors).toEqual([]);
    expect(report.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'CREATED'],
      [4, 'CREATED'],
    ]);
    const [stored] = await app.rows<{ first_name: string; department: string }>(
      `SELECT u.first_name, m.department FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE u.email = 'formula@acme-csv.test'`,
    );
    expect(stored).toEqual({ first_name: '=HYPERLINK("https://evil.test")', department: 'Purchasing\nNorth' });

    const csv = (await admin.data(TestExportEmployeesDocument)).exportEmployees;
    expect(csv).toContain(
      `\r\nMs;"'=HYPERLINK(""https://evil.test"")";Formula;formula@acme-csv.test;;"Purchasing\nNorth";Buyer;no;yes\r\n`,
    );
    const again = await importCsv(csv);
    expect(again.rows.find((row) => row.email === 'formula@acme-csv.test')?.status).toBe('UNCHANGED');
  });

  it('keeps the last admin, shared personal data and the company scope', async () => {
    const lastAdmin = await importCsv('Ms;Anna;Becker;admin@acme.test;+49 711 4829-100;Management;Buyer;no;yes');
    expect(lastAdmin.rows[0]).toEqual(
      expect.objectContaining({ status: 'REJECTED', message: expect.stringContaining('at least one active admin') }),
    );
    const shared = await importCsv('Ms;Renamed;Person;multi@branchline.test;;;Buyer;no;yes');
    expect(shared.rows[0]).toEqual(
      expect.objectContaining({ status: 'REJECTED', message: expect.stringContaining('another company') }),
    );

    const repEmail = await importCsv('Mr;Rep;Person;rep@branchline.test;;;Buyer;no;yes');
    expect(repEmail.rows[0].status).toBe('REJECTED');

    // An existing login joins another company as the same person: the other company's file cannot rename them.
    const [before] = await app.rows<{ first_name: string; last_name: string }>(
      `SELECT first_name, last_name FROM users WHERE email = 'buyer@acme.test'`,
    );
    const globexAdmin = await app.as('admin@globex.test');
    const globex = (
      await globexAdmin.data(TestImportEmployeesDocument, {
        input: { csv: 'Mr;Ben;Other;buyer@acme.test;;;Buyer;no;yes' },
      })
    ).importEmployees;
    expect(globex.rows[0]).toEqual(
      expect.objectContaining({ status: 'CREATED', message: 'Joined with their existing login.' }),
    );
    const after = await app.rows<{ first_name: string; last_name: string }>(
      `SELECT first_name, last_name FROM users WHERE email = 'buyer@acme.test'`,
    );
    expect(after).toEqual([before]);

    expect((await importCsv(HEADER)).userErrors[0].code).toBe('EMPTY');
    const buyer = await app.as('buyer@globex.test');
    expect(errorCodes(await buyer.request(TestExportEmployeesDocument))).toEqual(['FORBIDDEN']);
    // Deactivating by import ends the person's sessions at once.
    await app.anonymous.data(TestLoginDocument, { input: { email: 'viewer@acme.test', password: DEMO_PASSWORD } });
    const viewer = await app.as('viewer@acme.test');
    const [viewerRow] = await app.rows<{
      salutation: string | null;
      first_name: string;
      last_name: string;
      phone: string | null;
    }>(`SELECT salutation, first_name, last_name, phone FROM users WHERE email = 'viewer@acme.test'`);
    const [membership] = await app.rows<{ department: string | null }>(
      `SELECT m.department FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'viewer@acme.test'`,
    );
    const deactivate = await importCsv(
      `${viewerRow.salutation ?? ''};${viewerRow.first_name};${viewerRow.last_name};viewer@acme.test;${viewerRow.phone ?? ''};${membership.department ?? ''};Viewer;no;no`,
    );
    expect(deactivate.rows[0].status).toBe('UPDATED');
    expect(errorCodes(await viewer.request(TestEmployeesDocument, { first: 1 }))).toEqual(['UNAUTHENTICATED']);

    // Last, as it demotes the acting admin: a new admin earlier in the same chunk makes the demotion possible.
    const handover = await importCsv(
      [
        'Mr;New;Boss;new.boss@acme-import.test;;Management;;yes;yes',
        'Ms;Anna;Becker;admin@acme.test;+49 711 4829-100;Management;Buyer;no;yes',
      ].join('\n'),
    );
    expect(handover.rows.map((row) => row.status)).toEqual(['CREATED', 'UPDATED']);
    const admins = await app.rows<{ email: string }>(
      `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id JOIN companies c ON c.id = m.company_id
       WHERE c.name = 'Acme Industrial' AND m.is_admin AND m.active`,
    );
    expect(admins.map((row) => row.email)).toEqual(['new.boss@acme-import.test']);
  });
});
