import { MigrationInterface, QueryRunner } from 'typeorm';

// GiST trigram indexes answer "the N names/SKUs/own numbers nearest to this text" (ORDER BY text <<-> column)
// by walking the index, so quick search stays fast however many products match loosely. The GIN indexes
// stay for the ILIKE filters of the product list.
export class QuickSearchKnn1764200000000 implements MigrationInterface {
  name = 'QuickSearchKnn1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX products_name_trgm_gist ON products USING gist (name gist_trgm_ops) WHERE active;
      CREATE INDEX products_sku_trgm_gist ON products USING gist (sku gist_trgm_ops) WHERE active;
      CREATE INDEX customer_product_numbers_number_trgm_gist
        ON customer_product_numbers USING gist (number gist_trgm_ops);
      -- "Starts with" on SKUs, case-insensitive.
      CREATE INDEX products_sku_prefix ON products (lower(sku) text_pattern_ops) WHERE active;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX products_name_trgm_gist, products_sku_trgm_gist, customer_product_numbers_number_trgm_gist,
        products_sku_prefix;
    `);
  }
}
