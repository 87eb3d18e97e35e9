import { MigrationInterface, QueryRunner } from 'typeorm';

// Identity, companies, catalog, orders: the foundation every capability builds on.
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS pgcrypto;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_number text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('b2b', 'b2c')),
        city text,
        country_code text NOT NULL,
        currency char(3) NOT NULL DEFAULT 'EUR',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX companies_name_trgm ON companies USING gin (name gin_trgm_ops);
      CREATE INDEX companies_name_id ON companies (lower(name), id);

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        salutation text,
        first_name text NOT NULL,
        last_name text NOT NULL,
        phone text,
        kind text NOT NULL CHECK (kind IN ('employee', 'sales_rep', 'operator')),
        is_supervisor boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        preferred_company_id uuid REFERENCES companies (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_unique ON users (lower(email));
      CREATE INDEX users_preferred_company_id ON users (preferred_company_id);

      CREATE TABLE roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        name text NOT NULL,
        permissions text[] NOT NULL DEFAULT '{}',
        is_preset boolean NOT NULL DEFAULT false,
        UNIQUE (company_id, name)
      );

      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        is_admin boolean NOT NULL DEFAULT false,
        role_id uuid REFERENCES roles (id) ON DELETE RESTRICT,
        department text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, company_id),
        CONSTRAINT admins_hold_no_role CHECK (NOT (is_admin AND role_id IS NOT NULL))
      );
      CREATE INDEX memberships_company_id ON memberships (company_id);
      CREATE INDEX memberships_role_id ON memberships (role_id);

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        active_company_id uuid REFERENCES companies (id) ON DELETE SET NULL,
        refresh_token_hash text NOT NULL,
        user_agent text,
        ip_address text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_active_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX sessions_user_id ON sessions (user_id);
      CREATE INDEX sessions_active_company_id ON sessions (active_company_id);

      CREATE TABLE rep_assignments (
        rep_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (rep_id, company_id)
      );
      CREATE INDEX rep_assignments_company_id ON rep_assignments (company_id);

      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES categories (id) ON DELETE CASCADE,
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        position int NOT NULL DEFAULT 0
      );
      CREATE INDEX categories_parent_id ON categories (parent_id);

      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sku text NOT NULL UNIQUE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        category_id uuid NOT NULL REFERENCES categories (id),
        unit text NOT NULL,
        pack_size int NOT NULL DEFAULT 1 CHECK (pack_size > 0),
        min_quantity int NOT NULL DEFAULT 1 CHECK (min_quantity > 0),
        tax_rate numeric(5, 2) NOT NULL,
        list_price numeric(14, 4) NOT NULL CHECK (list_price >= 0),
        currency char(3) NOT NULL DEFAULT 'EUR',
        stock int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        image_url text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX products_category_id ON products (category_id);
      CREATE INDEX products_name_trgm ON products USING gin (name gin_trgm_ops);
      CREATE INDEX products_sku_trgm ON products USING gin (sku gin_trgm_ops);

      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE,
        company_id uuid NOT NULL REFERENCES companies (id),
        placed_by_id uuid NOT NULL REFERENCES users (id),
        placed_by_rep_id uuid REFERENCES users (id),
        status text NOT NULL CHECK (status IN ('open', 'confirmed', 'in_progress', 'shipped', 'completed', 'cancelled')),
        currency char(3) NOT NULL,
        net_total numeric(14, 2) NOT NULL,
        tax_total numeric(14, 2) NOT NULL,
        gross_total numeric(14, 2) NOT NULL,
        purchase_order_number text,
        line_count int NOT NULL,
        placed_at timestamptz NOT NULL,
        confirmed_at timestamptz,
        shipped_at timestamptz,
        completed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Keyset pagination and filters always start from the company.
      CREATE INDEX orders_company_placed_at ON orders (company_id, placed_at DESC, id DESC);
      CREATE INDEX orders_company_status_placed_at ON orders (company_id, status, placed_at DESC, id DESC);
      CREATE INDEX orders_company_placed_by ON orders (company_id, placed_by_id, placed_at DESC, id DESC);
      CREATE INDEX orders_company_gross_total ON orders (company_id, gross_total, id);
      CREATE INDEX orders_company_number ON orders (company_id, number);
      CREATE INDEX orders_number_trgm ON orders USING gin (number gin_trgm_ops);
      CREATE INDEX orders_placed_by_id ON orders (placed_by_id);
      CREATE INDEX orders_placed_by_rep_id ON orders (placed_by_rep_id);

      CREATE TABLE order_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        position int NOT NULL,
        product_id uuid NOT NULL REFERENCES products (id),
        sku text NOT NULL,
        name text NOT NULL,
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price numeric(14, 4) NOT NULL,
        net_amount numeric(14, 2) NOT NULL,
        tax_rate numeric(5, 2) NOT NULL,
        UNIQUE (order_id, position)
      );
      CREATE INDEX order_lines_product_id ON order_lines (product_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE order_lines, orders, products, categories, rep_assignments, sessions, memberships, roles, users,
        companies;
    `);
  }
}
