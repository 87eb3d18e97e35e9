import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const SCALE_PRODUCTS = 100_000;
export const SCALE_CUSTOMER_PRICES = 1_000_000;
const SKU_PREFIX = 'SC-';
const logger = new Logger('ScaleData');

const NOUNS = [
  'Hex bolt',
  'Socket cap screw',
  'Wood screw',
  'Washer',
  'Hex nut',
  'Wall plug',
  'Cable tie',
  'Safety glove',
  'Ear defender',
  'Drill bit',
  'Saw blade',
  'Claw hammer',
  'Screwdriver',
  'Pipe clamp',
  'Ball valve',
  'Sealant',
  'Epoxy adhesive',
  'Packing tape',
  'Stretch film',
  'Work bench',
  'Storage bin',
  'LED floodlight',
  'Extension cord',
  'Circuit breaker',
  'Terminal block',
  'Welding rod',
  'Grinding disc',
  'Spirit level',
  'Tape measure',
  'Torque wrench',
];
const MATERIALS = [
  'zinc plated',
  'stainless A2',
  'stainless A4',
  'brass',
  'galvanised',
  'nylon',
  'steel',
  'black oxide',
];
const SIZES = ['M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M16', '10 mm', '25 mm', '50 mm', '100 mm', '1/2"', '3/4"'];

// The large data set the benchmarks run on: 100k more products in the demo categories and 1M contract prices
// spread over the B2B customers. Set-based SQL, so it takes seconds, not minutes. Idempotent.
export async function seedScaleData(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM products WHERE sku LIKE '${SKU_PREFIX}%'`,
  );
  if (count >= SCALE_PRODUCTS) return;
  const startedAt = Date.now();
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO products (sku, name, description, category_id, unit, pack_size, min_quantity, tax_rate, list_price, stock)
       SELECT '${SKU_PREFIX}' || lpad(g::text, 7, '0'),
              ($1::text[])[1 + g % cardinality($1::text[])] || ' ' || ($3::text[])[1 + (g / 7) % cardinality($3::text[])]
                || ', ' || ($2::text[])[1 + (g / 3) % cardinality($2::text[])] || ' #' || g,
              'Scale data', leaf.ids[1 + g % cardinality(leaf.ids)], 'piece', 1, 1, 19.00,
              round((1 + (g * 7919) % 50000 / 100.0)::numeric, 4), (g * 31) % 500
       FROM generate_series($4::int + 1, $5::int) AS g,
            (SELECT array_agg(id ORDER BY slug) AS ids FROM categories WHERE parent_id IS NOT NULL) AS leaf`,
      [NOUNS, MATERIALS, SIZES, count, SCALE_PRODUCTS],
    );
    const companies = await manager.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM companies WHERE kind = 'b2b'`,
    );
    // Every B2B customer gets contract prices on the same share of the scale products: 1M in all.
    const share = Math.min(1, SCALE_CUSTOMER_PRICES / (companies[0].count * SCALE_PRODUCTS));
    await manager.query(
      `INSERT INTO contract_prices (company_id, product_id, unit_price, valid_from)
       SELECT c.id, p.id, round(p.list_price * 0.9, 4), now() - interval '30 days'
       FROM companies c
       JOIN products p ON p.sku LIKE '${SKU_PREFIX}%'
         AND (substr(p.sku, 4)::int * 7 + substr(c.customer_number, 3)::int) % 1000 < $1::numeric * 1000
       WHERE c.kind = 'b2b'`,
      [share],
    );
  });
  await dataSource.query('ANALYZE');
  logger.log(`Scale data in place (${Date.now() - startedAt} ms)`);
}
