import { EntityManager, ObjectLiteral } from 'typeorm';

import { employeeContext, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { RollbackWithUserErrors } from '../errors/rollback-with-user-errors';
import { userError } from '../errors/user-error.type';
import { DataAccess, findByIdInScope, findInScope } from './data-access';

// Against the real demo database: transactions, rollbacks and NOT_FOUND are what the helper is for.
// Rows are named by table and entity name, never imported: common/ knows no feature module.
const COST_CENTER = 'CostCenter';
const insertCostCenter = (manager: EntityManager, companyId: string, code: string) =>
  manager.query(`INSERT INTO cost_centers (company_id, code, name, active) VALUES ($1, $2, 'Spec', true)`, [
    companyId,
    code,
  ]);

describe('DataAccess', () => {
  let db: SpecDatabase;
  let data: DataAccess;
  let acmeId: string;
  let globexId: string;

  beforeAll(async () => {
    db = await openSpecDatabase();
    data = new DataAccess(db.dataSource);
    const companies = await db.rows<{ id: string; name: string }>(
      `SELECT id, name FROM companies WHERE name IN ('Acme Industrial', 'Globex Construction')`,
    );
    acmeId = companies.find((company) => company.name === 'Acme Industrial')!.id;
    globexId = companies.find((company) => company.name === 'Globex Construction')!.id;
  });

  afterAll(() => db.close());

  const costCentersOf = (companyId: string, code: string) =>
    db.rows<{ id: string }>('SELECT id FROM cost_centers WHERE company_id = $1 AND code = $2', [companyId, code]);

  describe('manager and transaction', () => {
    it('uses the pool outside a transaction and the transaction manager inside, nested calls joining it', async () => {
      const context = employeeContext({ companyId: acmeId });
      expect(data.manager(context)).toBe(db.dataSource.manager);
      await data.transaction(context, async (tx) => {
        expect(tx.manager.queryRunner?.isTransactionActive).toBe(true);
        expect(data.manager(tx)).toBe(tx.manager);
        const joined = await data.transaction(tx, (inner) => Promise.resolve(inner.manager));
        expect(joined).toBe(tx.manager);
      });
    });

    it('rolls everything back when the work throws', async () => {
      const context = employeeContext({ companyId: acmeId });
      await expect(
        data.transaction(context, async (tx) => {
          await insertCostCenter(tx.manager, acmeId, 'SPEC-ROLLBACK');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await costCentersOf(acmeId, 'SPEC-ROLLBACK')).toEqual([]);
    });
  });

  describe('mutate', () => {
    const failed = (userErrors: Array<{ code: string }>) => ({
      ok: false,
      codes: userErrors.map((error) => error.code),
    });

    it('answers the work result when nothing goes wrong, committed', async () => {
      const result = await data.mutate(
        employeeContext({ companyId: acmeId }),
        async (tx) => {
          await insertCostCenter(tx.manager, acmeId, 'SPEC-OK');
          return { ok: true, codes: [] as string[] };
        },
        failed,
      );
      expect(result).toEqual({ ok: true, codes: [] });
      expect(await costCentersOf(acmeId, 'SPEC-OK')).toHaveLength(1);
    });

    it('turns RollbackWithUserErrors into the failed payload and rolls back what was written', async () => {
      const result = await data.mutate(
        employeeContext({ companyId: acmeId }),
        async (tx) => {
          await insertCostCenter(tx.manager, acmeId, 'SPEC-USER-ERROR');
          throw new RollbackWithUserErrors([userError('TOO_LONG', 'Too long.', ['input', 'name'])]);
        },
        failed,
      );
      expect(result).toEqual({ ok: false, codes: ['TOO_LONG'] });
      expect(await costCentersOf(acmeId, 'SPEC-USER-ERROR')).toEqual([]);
    });

    it('maps a unique violation through onUniqueViolation, naming the constraint', async () => {
      const [existing] = await db.rows<{ code: string }>(
        'SELECT code FROM cost_centers WHERE company_id = $1 LIMIT 1',
        [acmeId],
      );
      const constraints: Array<string | undefined> = [];
      const result = await data.mutate(
        employeeContext({ companyId: acmeId }),
        async (tx) => {
          await insertCostCenter(tx.manager, acmeId, existing.code);
          return { ok: true, codes: [] as string[] };
        },
        failed,
        {
          onUniqueViolation: (constraint) => {
            constraints.push(constraint);
            return [userError('TAKEN', 'Taken.', ['input', 'code'])];
          },
        },
      );
      expect(result).toEqual({ ok: false, codes: ['TAKEN'] });
      expect(constraints).toEqual(['cost_centers_company_id_code_key']);
    });

    it('rethrows a unique violation without onUniqueViolation, and any other error', async () => {
      const [existing] = await db.rows<{ code: string }>(
        'SELECT code FROM cost_centers WHERE company_id = $1 LIMIT 1',
        [acmeId],
      );
      const context = employeeContext({ companyId: acmeId });
      await expect(
        data.mutate(context, (tx) => insertCostCenter(tx.manager, acmeId, existing.code), failed),
      ).rejects.toMatchObject({ driverError: { code: '23505' } });
      await expect(data.mutate(context, () => Promise.reject(new Error('bug')), failed)).rejects.toThrow('bug');
    });
  });

  describe('findInScope', () => {
    const scoped = (companyId: string) =>
      data
        .manager(employeeContext({ companyId }))
        .createQueryBuilder<ObjectLiteral>(COST_CENTER, 'c')
        .where('c.company_id = :companyId', { companyId });

    it('finds a row inside the scope', async () => {
      const [own] = await db.rows<{ id: string }>('SELECT id FROM cost_centers WHERE company_id = $1 LIMIT 1', [
        acmeId,
      ]);
      expect((await findInScope(scoped(acmeId), own.id, 'Cost center')).id).toBe(own.id);
    });

    it("answers the same NOT_FOUND for another tenant's id and a missing one", async () => {
      const [foreign] = await db.rows<{ id: string }>('SELECT id FROM cost_centers WHERE company_id = $1 LIMIT 1', [
        globexId,
      ]);
      for (const id of [foreign.id, '00000000-0000-0000-0000-000000000000']) {
        await expect(findInScope(scoped(acmeId), id, 'Cost center')).rejects.toMatchObject({
          message: 'Cost center not found.',
          extensions: { code: 'NOT_FOUND' },
        });
      }
    });

    it('answers NOT_FOUND for a malformed id without querying', async () => {
      const { statements } = await db.sql.measure(() =>
        findInScope(scoped(acmeId), 'not-a-uuid', 'Cost center').catch((error: unknown) => error),
      );
      expect(statements).toBe(0);
      await expect(findInScope(scoped(acmeId), 'not-a-uuid', 'Cost center')).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('leaves the scope query as it was, so it can be reused', async () => {
      const scope = scoped(acmeId);
      const before = scope.getQuery();
      await findInScope(scope, '00000000-0000-0000-0000-000000000000', 'Cost center').catch(() => undefined);
      expect(scope.getQuery()).toBe(before);
    });
  });

  describe('findByIdInScope', () => {
    it('runs the lookup only for a well-formed id and answers NOT_FOUND for nothing found', async () => {
      const lookup = jest.fn((id: string) =>
        Promise.resolve(id === '00000000-0000-0000-0000-0000000000aa' ? { id } : null),
      );
      await expect(findByIdInScope('nope', 'Thing', lookup)).rejects.toMatchObject({ message: 'Thing not found.' });
      expect(lookup).not.toHaveBeenCalled();
      await expect(findByIdInScope('00000000-0000-0000-0000-000000000000', 'Thing', lookup)).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
      expect(await findByIdInScope('00000000-0000-0000-0000-0000000000aa', 'Thing', lookup)).toEqual({
        id: '00000000-0000-0000-0000-0000000000aa',
      });
    });
  });
});
