import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { requestLoader } from '../../common/dataloaders/request-loader';
import { oneByKey } from '../../common/dataloaders/rows-by-key';
import { ProductNumberDisplay } from './catalog-settings.entity';
import { Category } from './category.entity';
import { Product } from './product.entity';
import { visibleProductCondition } from './product-visibility';

export type ProductNumberRecord = { id: string | null; number: string | null; display: ProductNumberDisplay };

// Products, categories and the company's own numbers per list item, as the active company sees them.
@Injectable()
export class CatalogLoaders {
  constructor(private readonly data: DataAccess) {}

  // Categories of products already read in scope; categories themselves are not tenant data.
  categoryById(context: RequestContext): DataLoader<string, Category | null> {
    return requestLoader(context, 'categoryById', async (ids: readonly string[]) => {
      const categories = await this.data.manager(context).find(Category, { where: { id: In([...ids]) } });
      return oneByKey(ids, categories, (category) => category.id);
    });
  }

  // Products the active company may see; null for any other id.
  visibleProductById(context: RequestContext): DataLoader<string, Product | null> {
    return requestLoader(context, 'visibleProductById', async (ids: readonly string[]) => {
      const products = await this.data
        .manager(context)
        .createQueryBuilder(Product, 'p')
        .where('p.id IN (:...ids)', { ids })
        .andWhere(visibleProductCondition('p', ':companyId'), { companyId: context.requireCompany().companyId })
        .getMany();
      return oneByKey(ids, products, (product) => product.id);
    });
  }

  // Active products the company may see in each category and its subcategories. The `categories` query primes it.
  visibleProductCountByCategoryId(context: RequestContext): DataLoader<string, number> {
    return requestLoader(context, 'visibleProductCountByCategoryId', async (ids: readonly string[]) => {
      const rows: Array<{ category_id: string; count: number }> = await this.data.manager(context).query(
        `WITH RECURSIVE tree AS (
           SELECT id AS root_id, id FROM categories WHERE id = ANY($2::uuid[])
           UNION ALL
           SELECT tree.root_id, c.id FROM categories c JOIN tree ON c.parent_id = tree.id
         )
         SELECT tree.root_id AS category_id, count(p.id)::int AS count
         FROM tree JOIN products p ON p.category_id = tree.id AND p.active AND ${visibleProductCondition('p', '$1')}
         GROUP BY tree.root_id`,
        [context.requireCompany().companyId, ids],
      );
      return oneByKey(ids, rows, (row) => row.category_id).map((row) => row?.count ?? 0);
    });
  }

  // The active company's own number for each product, with its display mode (defaults when unset).
  productNumberByProductId(context: RequestContext): DataLoader<string, ProductNumberRecord> {
    return requestLoader(context, 'productNumberByProductId', async (productIds: readonly string[]) => {
      const rows: Array<{
        product_id: string;
        id: string | null;
        number: string | null;
        display: ProductNumberDisplay | null;
      }> = await this.data.manager(context).query(
        `SELECT p.id AS product_id, n.id, n.number, s.product_number_display AS display
           FROM unnest($2::uuid[]) AS p(id)
           LEFT JOIN customer_product_numbers n ON n.company_id = $1 AND n.product_id = p.id
           LEFT JOIN company_catalog_settings s ON s.company_id = $1`,
        [context.requireCompany().companyId, productIds],
      );
      return oneByKey(productIds, rows, (row) => row.product_id).map((row) => ({
        id: row?.id ?? null,
        number: row?.number ?? null,
        display: row?.display ?? ProductNumberDisplay.ADDITIONAL,
      }));
    });
  }
}
