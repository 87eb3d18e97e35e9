import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { login } from '../../support/login';
import { eventually, firstColumn, waitForPath } from '../../support/page';
import { artifact } from '../../support/paths';
import { scenario } from '../../support/scenario';
import { url } from '../../support/stack';

describe('employee CSV import', () => {
  test('an admin imports 1,000 employees from a CSV in chunks, with progress and a per-row report, and exports the list', () =>
    scenario('54-employee-import', async (page) => {
      const header = 'salutation;first name;last name;email;phone;department;role;admin;active';
      const lines = [header];
      for (let index = 1; index <= 1000; index++) {
        const number = String(index).padStart(4, '0');
        lines.push(
          `${index % 2 ? 'Mr' : 'Ms'};Import;User ${number};import.user${number}@acme.test;;Logistics;Buyer;no;yes`,
        );
      }
      // Bad rows, one in the first chunk and others further down, so their reported lines prove the offsets.
      lines[50] = 'Mr;Import;User 0050;not-an-email;;Logistics;Buyer;no;yes';
      lines[150] = 'Ms;Import;User 0150;import.user0150@acme.test;;Logistics;Astronaut;no;yes';
      lines[555] = 'Mr;Import;;import.user0555@acme.test;;Logistics;Buyer;no;yes';
      const file = join(tmpdir(), `branchline-employees-${Date.now()}.csv`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      try {
        await login(page, 'admin@acme.test');
        await waitForPath(page, '/b2b_platform');
        await page.goto(url('/b2b_platform/employee'));
        const chooserPromise = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Import CSV' }).click();
        await (await chooserPromise).setFiles(file);
        const dialog = page.getByRole('dialog', { name: /^Employee import: branchline-employees-/ });
        await dialog.waitFor();
        const progressText = dialog.getByTestId('import-progress-text');
        await eventually(async () => assert.match(await progressText.innerText(), /^[1-9][\d,]* of 1,000 rows$/), {
          timeout: 60_000,
        });
        await page.screenshot({ path: artifact('54a-employee-import-progress.png') });
        await dialog.getByText('Import finished').waitFor({ timeout: 180_000 });
        assert.equal(await progressText.innerText(), '1,000 of 1,000 rows');
        assert.equal((await dialog.getByRole('group', { name: 'Created' }).innerText()).replace(/\D/g, ''), '997');
        assert.equal((await dialog.getByRole('group', { name: 'Rejected' }).innerText()).replace(/\D/g, ''), '3');
        const report = dialog.getByRole('table', { name: 'Rejected and changed rows' });
        assert.deepEqual(await firstColumn(report), ['51', '151', '556']);
        await report
          .getByRole('row', { name: /import\.user0150@acme\.test/ })
          .getByText('Rejected')
          .waitFor();
        await page.screenshot({ path: artifact('54b-employee-import-report.png') });
        await dialog.getByRole('button', { name: 'Close' }).last().click();
        await dialog.waitFor({ state: 'hidden' });

        const downloadPromise = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Export CSV' }).click();
        const download = await downloadPromise;
        assert.equal(download.suggestedFilename(), 'employees.csv');
        const exported = readFileSync(await download.path(), 'utf8');
        assert.match(exported, /import\.user0999@acme\.test/);
        assert.match(exported, /admin@acme\.test/);
      } finally {
        rmSync(file, { force: true });
      }
    }));
});
