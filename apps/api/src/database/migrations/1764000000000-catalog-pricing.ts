import { MigrationInterface, QueryRunner } from 'typeorm';

// Customer-specific catalog: assortments, contract and tier prices, customer product numbers.
export class CatalogPricing1764000000000 implements MigrationInterface {
  name = 'CatalogPricing1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Assortment model: a company sees the whole catalog unless restricted_assortment is set; then only the products listed in assortment_products.
      CREATE TABLE company_catalog_settings (
        company_id uuid PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
        restricted_assortment boolean NOT NULL DEFAULT false,
        product_number_display text NOT NULL DEFAULT 'additional'
          CHECK (product_number_display IN ('hidden', 'additional', 'replacing')),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE assortment_products (
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        PRIMARY KEY (company_id, product_id)
      );
      CREATE INDEX assortment_products_product_id ON assortment_products (product_id);

      -- valid_to is exclusive; NULL means open-ended. Prices are in the product's currency.
      CREATE TABLE contract_prices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        unit_price numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to > valid_from)
      );
      CREATE INDEX contract_prices_company_product ON contract_prices (company_id, product_id, valid_from DESC);
      CREATE INDEX contract_prices_product_id ON contract_prices (product_id);

      -- company_id NULL: a public list tier every customer gets; set: a customer-specific tier.
      CREATE TABLE tier_prices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        company_id uuid REFERENCES companies (id) ON DELETE CASCADE,
        min_quantity int NOT NULL CHECK (min_quantity > 1),
        unit_price numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX tier_prices_product_id ON tier_prices (product_id, min_quantity);
      CREATE UNIQUE INDEX tier_prices_list_unique ON tier_prices (product_id, min_quantity) WHERE company_id IS NULL;
      CREATE UNIQUE INDEX tier_prices_company_unique ON tier_prices (company_id, product_id, min_quantity)
        WHERE company_id IS NOT NULL;

      -- One own number per product per company, each number unique (case-insensitively) inside the company.
      CREATE TABLE customer_product_numbers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        number text NOT NULL CHECK (length(btrim(number)) > 0 AND length(number) <= 64),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (company_id, product_id)
      );
      CREATE UNIQUE INDEX customer_product_numbers_company_number ON customer_product_numbers (company_id, lower(number));
      CREATE INDEX customer_product_numbers_product_id ON customer_product_numbers (product_id);
      CREATE INDEX customer_product_numbers_number_trgm ON customer_product_numbers USING gin (number gin_trgm_ops);

      -- Product list sort keys and filters.
      CREATE INDEX products_name_id ON products (lower(name), id) WHERE active;
      CREATE INDEX products_sku_id ON products (sku, id) WHERE active;
      CREATE INDEX products_list_price_id ON products (list_price, id) WHERE active;
      CREATE INDEX products_in_stock ON products (category_id) WHERE active AND stock > 0;
      CREATE INDEX products_sku_lower ON products (lower(sku));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX products_name_id, products_sku_id, products_list_price_id, products_in_stock, products_sku_lower;
      DROP TABLE customer_product_numbers, tier_prices, contract_prices, assortment_products, company_catalog_settings;
    `);
  }
}
