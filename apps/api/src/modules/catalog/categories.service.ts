import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { notFound } from '../../common/errors/graphql-errors';
import { isUuid } from '../../common/ids';
import { CatalogLoaders } from './catalog.loaders';
import { CategoryNode } from './category.types';
import { visibleProductCondition } from './product-visibility';

type CategoryRow = {
  id: string;
  parent_id: string | null;
  name: string;
  slug: string;
  position: number;
  count: number;
};

@Injectable()
export class CategoriesService {
  constructor(
    private readonly data: DataAccess,
    private readonly loaders: CatalogLoaders,
  ) {}

  // Children of a category (top level without a parent) that hold at least one product the company may see,
  // counted over their whole subtree in the same statement.
  async children(context: RequestContext, parentId: string | null | undefined): Promise<CategoryNode[]> {
    if (parentId != null && !isUuid(parentId)) throw notFound('Category');
    const rows: CategoryRow[] = await this.data.manager(context).query(
      `WITH RECURSIVE tree AS (
         SELECT id AS root_id, id FROM categories WHERE parent_id IS NOT DISTINCT FROM $2::uuid
         UNION ALL
         SELECT tree.root_id, c.id FROM categories c JOIN tree ON c.parent_id = tree.id
       ),
       counts AS (
         SELECT tree.root_id, count(p.id)::int AS count
         FROM tree JOIN products p ON p.category_id = tree.id AND p.active AND ${visibleProductCondition('p', '$1')}
         GROUP BY tree.root_id
       )
       SELECT c.id, c.parent_id, c.name, c.slug, c.position, counts.count
       FROM counts JOIN categories c ON c.id = counts.root_id
       ORDER BY c.position, c.name, c.id`,
      [context.requireCompany().companyId, parentId ?? null],
    );
    const counts = this.loaders.visibleProductCountByCategoryId(context);
    return rows.map((row) => {
      counts.prime(row.id, row.count);
      return { id: row.id, parentId: row.parent_id, name: row.name, slug: row.slug, position: row.position };
    });
  }
}
