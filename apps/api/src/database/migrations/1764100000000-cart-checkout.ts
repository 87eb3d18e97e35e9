import { MigrationInterface, QueryRunner } from 'typeorm';

// Addresses, cost centers, shipping and payment methods, express-checkout defaults, server-side carts,
// checkout fields on orders, idempotency keys and the per-year order number counter.
export class CartCheckout1764100000000 implements MigrationInterface {
  name = 'CartCheckout1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE company_addresses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        label text,
        company_name text NOT NULL,
        contact_name text,
        street text NOT NULL,
        postal_code text NOT NULL,
        city text NOT NULL,
        country_code text NOT NULL,
        is_billing boolean NOT NULL DEFAULT true,
        is_shipping boolean NOT NULL DEFAULT true,
        is_default_billing boolean NOT NULL DEFAULT false,
        is_default_shipping boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX company_addresses_company_created ON company_addresses (company_id, created_at, id);
      -- At most one default of each kind per company.
      CREATE UNIQUE INDEX company_addresses_default_billing ON company_addresses (company_id) WHERE is_default_billing;
      CREATE UNIQUE INDEX company_addresses_default_shipping ON company_addresses (company_id) WHERE is_default_shipping;

      CREATE TABLE cost_centers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        code text NOT NULL,
        name text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (company_id, code)
      );
      CREATE INDEX cost_centers_company_code_id ON cost_centers (company_id, code, id);

      CREATE TABLE shipping_methods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        price numeric(14, 2) NOT NULL CHECK (price >= 0),
        currency char(3) NOT NULL DEFAULT 'EUR',
        position int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
      );

      CREATE TABLE payment_methods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        position int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
      );

      CREATE TABLE checkout_defaults (
        company_id uuid PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
        billing_address_id uuid REFERENCES company_addresses (id) ON DELETE SET NULL,
        shipping_address_id uuid REFERENCES company_addresses (id) ON DELETE SET NULL,
        shipping_method_id uuid REFERENCES shipping_methods (id) ON DELETE SET NULL,
        payment_method_id uuid REFERENCES payment_methods (id) ON DELETE SET NULL,
        cost_center_id uuid REFERENCES cost_centers (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX checkout_defaults_billing_address_id ON checkout_defaults (billing_address_id);
      CREATE INDEX checkout_defaults_shipping_address_id ON checkout_defaults (shipping_address_id);
      CREATE INDEX checkout_defaults_shipping_method_id ON checkout_defaults (shipping_method_id);
      CREATE INDEX checkout_defaults_payment_method_id ON checkout_defaults (payment_method_id);
      CREATE INDEX checkout_defaults_cost_center_id ON checkout_defaults (cost_center_id);

      -- One cart per employee per company.
      CREATE TABLE carts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, company_id)
      );
      CREATE INDEX carts_company_id ON carts (company_id);

      CREATE TABLE cart_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cart_id uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        quantity int NOT NULL CHECK (quantity > 0),
        comment text,
        -- Display order: lines added in one statement (reorder, fast order) keep their input order.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cart_id, product_id)
      );
      CREATE INDEX cart_lines_product_id ON cart_lines (product_id);

      -- Addresses are snapshots: later edits of the address book do not rewrite placed orders.
      ALTER TABLE orders
        ADD COLUMN billing_address jsonb,
        ADD COLUMN shipping_address jsonb,
        ADD COLUMN cost_center_id uuid REFERENCES cost_centers (id),
        ADD COLUMN note text,
        ADD COLUMN shipping_method_id uuid REFERENCES shipping_methods (id),
        ADD COLUMN shipping_method_name text,
        ADD COLUMN shipping_cost numeric(14, 2) NOT NULL DEFAULT 0,
        ADD COLUMN payment_method_id uuid REFERENCES payment_methods (id),
        ADD COLUMN payment_method_name text;
      CREATE INDEX orders_company_cost_center ON orders (company_id, cost_center_id, placed_at DESC, id DESC);
      CREATE INDEX orders_cost_center_id ON orders (cost_center_id);
      CREATE INDEX orders_shipping_method_id ON orders (shipping_method_id);
      CREATE INDEX orders_payment_method_id ON orders (payment_method_id);

      ALTER TABLE order_lines ADD COLUMN comment text;
      -- "Orders containing this product": an index-only scan from the product to its orders.
      DROP INDEX order_lines_product_id;
      CREATE INDEX order_lines_product_order ON order_lines (product_id, order_id);
      CREATE INDEX order_lines_sku_trgm ON order_lines USING gin (sku gin_trgm_ops);
      CREATE INDEX order_lines_name_trgm ON order_lines USING gin (name gin_trgm_ops);

      -- A replayed submit finds its first order here. order_id is set in the same transaction that
      -- inserts the key, so nobody else ever sees it empty.
      CREATE TABLE order_idempotency_keys (
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        order_id uuid REFERENCES orders (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, user_id, key)
      );
      CREATE INDEX order_idempotency_keys_user_id ON order_idempotency_keys (user_id);
      CREATE INDEX order_idempotency_keys_order_id ON order_idempotency_keys (order_id);

      -- SO-<year>-<6 digits>: the row lock of UPDATE ... RETURNING serialises allocation per year.
      CREATE TABLE order_number_counters (
        year int PRIMARY KEY,
        last_value int NOT NULL CHECK (last_value >= 0)
      );
      INSERT INTO order_number_counters (year, last_value)
      SELECT substring(number FROM 4 FOR 4)::int, max(substring(number FROM 9)::int)
      FROM orders WHERE number ~ '^SO-[0-9]{4}-[0-9]+$'
      GROUP BY 1;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE order_number_counters, order_idempotency_keys;
      DROP INDEX order_lines_sku_trgm, order_lines_name_trgm, order_lines_product_order;
      CREATE INDEX order_lines_product_id ON order_lines (product_id);
      ALTER TABLE order_lines DROP COLUMN comment;
      ALTER TABLE orders
        DROP COLUMN billing_address, DROP COLUMN shipping_address, DROP COLUMN cost_center_id, DROP COLUMN note,
        DROP COLUMN shipping_method_id, DROP COLUMN shipping_method_name, DROP COLUMN shipping_cost,
        DROP COLUMN payment_method_id, DROP COLUMN payment_method_name;
      DROP TABLE cart_lines, carts, checkout_defaults, payment_methods, shipping_methods, cost_centers, company_addresses;
    `);
  }
}
