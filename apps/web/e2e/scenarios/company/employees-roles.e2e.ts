import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { E2eAcmeAdminsDocument } from '@branchline/graphql-types';

import { gql } from '../../support/api';
import { login } from '../../support/login';
import { waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { openContext, scenario } from '../../support/scenario';
import { url } from '../../support/stack';

describe('employees and roles', () => {
  test('an admin creates a role and an employee with it, deactivates the viewer, whose open session ends', async () => {
    const viewerContext = await openContext({ width: 1280, height: 800 });
    try {
      const viewer = await viewerContext.newPage();
      await login(viewer, 'viewer@acme.test');
      await waitForPath(viewer, '/b2b_platform');

      await scenario('43-company-admin', async (page) => {
        const suffix = Date.now().toString(36);
        const roleName = `Site supervisor ${suffix}`;
        await login(page, 'admin@acme.test');
        await waitForPath(page, '/b2b_platform');
        await page.goto(url('/b2b_platform/employee/roles'));

        // A custom role: admin-only permissions cannot be picked.
        await page.getByRole('button', { name: 'New role' }).click();
        const roleDialog = page.getByRole('dialog', { name: 'New role' });
        await roleDialog.getByRole('textbox', { name: 'Name' }).fill(roleName);
        await roleDialog.getByRole('checkbox', { name: 'View the catalog' }).check();
        await roleDialog.getByRole('checkbox', { name: 'Place orders' }).check();
        assert.ok(
          await roleDialog.getByRole('checkbox', { name: 'Manage employees' }).isDisabled(),
          'admin-only permission',
        );
        await page.screenshot({ path: artifact('43a-role-form.png') });
        await roleDialog.getByRole('button', { name: 'Save' }).click();
        await page.getByText(`The role ${roleName} was saved.`).waitFor();
        const roleCard = page.getByRole('article', { name: roleName });
        await roleCard.getByText('Place orders').waitFor();
        await roleCard.getByText('Nobody holds this role.').waitFor();

        // An employee holding it.
        await page.getByRole('tab', { name: 'Employees' }).click();
        await waitForPath(page, '/b2b_platform/employee');
        await page.getByRole('button', { name: 'New employee' }).click();
        const dialog = page.getByRole('dialog', { name: 'New employee' });
        await dialog.getByRole('textbox', { name: 'Salutation' }).click();
        await page.getByRole('option', { name: 'Ms' }).click();
        await dialog.getByRole('textbox', { name: 'First name' }).fill('Petra');
        await dialog.getByRole('textbox', { name: 'Last name' }).fill(`Neumann ${suffix}`);
        await dialog.getByRole('textbox', { name: 'Email' }).fill(`petra.${suffix}@acme.test`);
        await dialog.getByRole('textbox', { name: 'Department' }).fill('Plant 2');
        await dialog.getByRole('textbox', { name: 'Role' }).click();
        await page.getByRole('option', { name: roleName }).click();
        // The admin flag greys the role field out.
        await dialog.getByRole('checkbox', { name: 'Is an administrator' }).check();
        assert.ok(await dialog.getByRole('textbox', { name: 'Role' }).isDisabled(), 'role disabled for admins');
        await dialog.getByRole('checkbox', { name: 'Is an administrator' }).uncheck();
        await dialog.getByRole('textbox', { name: 'Role' }).click();
        await page.getByRole('option', { name: roleName }).click();
        await page.screenshot({ path: artifact('43b-employee-form.png') });
        await dialog.getByRole('button', { name: 'Save' }).click();
        await page.getByText(`Petra Neumann ${suffix} was saved.`).waitFor();
        await page.getByRole('searchbox', { name: 'Search' }).fill(suffix);
        const created = page
          .getByRole('table', { name: 'Employees' })
          .getByRole('row', { name: new RegExp(`Neumann ${suffix}`) });
        await created.getByText(roleName).waitFor();

        // Deactivate the viewer; her open session in the other browser ends with it.
        await page.getByRole('searchbox', { name: 'Search' }).fill('viewer@acme.test');
        const viewerRow = page.getByRole('table', { name: 'Employees' }).getByRole('row', { name: /Vera Lang/ });
        await viewerRow.getByText('Active', { exact: true }).waitFor();
        await viewerRow.getByRole('button', { name: 'Actions for Vera Lang' }).click();
        await page.getByRole('menuitem', { name: 'Deactivate' }).click();
        await page.getByText('Vera Lang was deactivated and signed out.').waitFor();
        await viewerRow.getByText('Inactive', { exact: true }).waitFor();
        await page.screenshot({ path: artifact('43c-viewer-deactivated.png'), fullPage: true });

        await viewer.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Orders' }).click();
        await waitForPath(viewer, '/login');

        // The last admin cannot deactivate themselves away (only tried while Acme has exactly one).
        const { employees: everyone } = await gql('admin@acme.test', E2eAcmeAdminsDocument);
        if (everyone.edges.filter((edge) => edge.node.isAdmin).length === 1) {
          await page.getByRole('searchbox', { name: 'Search' }).fill('admin@acme.test');
          const adminRow = page
            .getByRole('table', { name: 'Employees' })
            .getByRole('row', { name: /admin@acme\.test/ });
          await adminRow.getByRole('button', { name: /^Actions for / }).click();
          await page.getByRole('menuitem', { name: 'Deactivate' }).click();
          await page.getByText(/at least one active admin/).waitFor();
        }

        // Reactivate, so the viewer can sign in again.
        await page.getByRole('searchbox', { name: 'Search' }).fill('viewer@acme.test');
        await viewerRow.getByRole('button', { name: 'Actions for Vera Lang' }).click();
        await page.getByRole('menuitem', { name: 'Reactivate' }).click();
        await viewerRow.getByText('Active', { exact: true }).waitFor();

        // The role is in use now: deleting it names who holds it.
        await page.getByRole('tab', { name: 'Roles' }).click();
        await page.getByRole('button', { name: `Delete role ${roleName}` }).click();
        const deleteDialog = page.getByRole('dialog', { name: 'Delete role?' });
        await deleteDialog.getByRole('button', { name: 'Delete' }).click();
        await deleteDialog.getByText(new RegExp(`Neumann ${suffix}`)).waitFor();
        await page.screenshot({ path: artifact('43d-role-in-use.png') });
        await deleteDialog.getByRole('button', { name: 'Cancel' }).click();
      });
      // Active again: the viewer signs in and returns to where the ended session left off.
      await login(viewer, 'viewer@acme.test');
      await waitForPath(viewer, '/b2b_platform/orders');
    } finally {
      await viewerContext.close();
    }
  });
});
