import { DataSource } from 'typeorm';

import { Permission } from '../../src/common/auth/permission';
import { Actor, CompanyScope, RequestContext } from '../../src/common/auth/request-context';
import { UserKind } from '../../src/common/auth/user-kind';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { SqlStatementCounter } from './sql-statement-counter';
import { cloneTemplateDatabase } from './test-database';

export type SpecDatabase = {
  dataSource: DataSource;
  sql: SqlStatementCounter;
  rows<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

// For unit specs of data helpers and loaders: a fresh clone of the demo database and a bare TypeORM
// data source on it (no Nest, no HTTP), with the statement counter the API tests use.
export async function openSpecDatabase(): Promise<SpecDatabase> {
  const database = await cloneTemplateDatabase();
  const sql = new SqlStatementCounter();
  const dataSource = await new DataSource(dataSourceOptions(database.url, { logger: sql })).initialize();
  return {
    dataSource,
    sql,
    rows: (text, parameters = []) => dataSource.query(text, parameters),
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

// A signed-in employee's context for the given company, with exactly the permissions given.
export function employeeContext(
  company: Pick<CompanyScope, 'companyId'> & Partial<CompanyScope>,
  permissions: Permission[] = [],
  userId = '00000000-0000-0000-0000-000000000001',
): RequestContext {
  const actor: Actor = {
    userId,
    sessionId: '00000000-0000-0000-0000-000000000002',
    kind: UserKind.EMPLOYEE,
    isSupervisor: false,
  };
  const scope: CompanyScope = { membershipId: '00000000-0000-0000-0000-000000000003', isAdmin: false, ...company };
  return new RequestContext(actor, scope, new Set(permissions), { ipAddress: null, userAgent: null });
}

// The id of a demo company by its name ('Acme Industrial', 'Globex Construction').
export async function companyIdByName(db: SpecDatabase, name: string): Promise<string> {
  const [row] = await db.rows<{ id: string }>('SELECT id FROM companies WHERE name = $1', [name]);
  if (!row) throw new Error(`No demo company ${name}`);
  return row.id;
}
