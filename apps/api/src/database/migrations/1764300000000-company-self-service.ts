import { MigrationInterface, QueryRunner } from 'typeorm';

// Company self-service: employees, roles, login targets, and failed-login throttling shared by all replicas.
export class CompanySelfService1764300000000 implements MigrationInterface {
  name = 'CompanySelfService1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- The user's own choice wins over the admin's per-company one; both null = the operator's default.
      ALTER TABLE users ADD COLUMN login_target text;
      ALTER TABLE memberships ADD COLUMN login_target text;

      -- Employee list: scoped by company, filtered by active, sorted by name, searched by name or email.
      CREATE INDEX memberships_company_active ON memberships (company_id, active);
      CREATE INDEX memberships_company_created ON memberships (company_id, created_at, id);
      CREATE INDEX users_name_sort ON users (lower(last_name || ' ' || first_name), id);
      CREATE INDEX users_search_trgm ON users USING gin ((first_name || ' ' || last_name || ' ' || email) gin_trgm_ops);

      -- Sessions page: the user's sessions, newest first.
      CREATE INDEX sessions_user_created ON sessions (user_id, created_at DESC, id DESC);

      -- Failed sign-ins, counted per email and per IP over a sliding window. Rows are short-lived.
      CREATE TABLE login_failures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        ip_address text,
        failed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_failures_email_failed_at ON login_failures (email, failed_at DESC);
      CREATE INDEX login_failures_ip_failed_at ON login_failures (ip_address, failed_at DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE login_failures;
      DROP INDEX sessions_user_created, users_search_trgm, users_name_sort, memberships_company_created,
        memberships_company_active;
      ALTER TABLE memberships DROP COLUMN login_target;
      ALTER TABLE users DROP COLUMN login_target;
    `);
  }
}
