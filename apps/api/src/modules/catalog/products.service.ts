import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { KeysetOrder, keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess, findInScope } from '../../common/database/data-access';
import { andWhereId } from '../../common/database/where-id';
import { andWhereSearch } from '../../common/database/where-search';
import { toProductNode } from './catalog.mapper';
import { Product } from './product.entity';
import { ProductFilter, ProductNode, ProductOrderBy, ProductsArgs, ProductSortField } from './product.types';
import { visibleProductCondition } from './product-visibility';

const SORT_COLUMNS: Record<ProductSortField, string> = {
  [ProductSortField.NAME]: 'lower("p"."name")',
  [ProductSortField.SKU]: '"p"."sku"',
  [ProductSortField.LIST_PRICE]: '"p"."list_price"',
};

@Injectable()
export class ProductsService {
  constructor(private readonly data: DataAccess) {}

  // Lists show active products only; discontinued ones stay reachable by id (order history links to them).
  async list(context: RequestContext, args: ProductsArgs): Promise<ConnectionResult<ProductNode>> {
    const query = this.visibleProducts(context).andWhere('p.active');
    applyFilter(query, args.filter);
    const page = await keysetPaginate(query, args, keysetOrder(args.orderBy));
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toProductNode(edge.node) })) };
  }

  async get(context: RequestContext, id: string): Promise<ProductNode> {
    return toProductNode(await findInScope(this.visibleProducts(context), id, 'Product'));
  }

  // The only way into products: the catalog as the session's active company may see it.
  visibleProducts(context: RequestContext): SelectQueryBuilder<Product> {
    return this.data
      .manager(context)
      .createQueryBuilder(Product, 'p')
      .where(visibleProductCondition('p', ':companyId'), { companyId: context.requireCompany().companyId });
  }
}

function applyFilter(query: SelectQueryBuilder<Product>, filter: ProductFilter | null | undefined): void {
  if (!filter) return;
  if (filter.categoryId != null) {
    andWhereId(
      query,
      filter.categoryId,
      `p.category_id IN (
         WITH RECURSIVE subtree AS (
           SELECT id FROM categories WHERE id = :id
           UNION ALL
           SELECT c.id FROM categories c JOIN subtree ON c.parent_id = subtree.id
         )
         SELECT id FROM subtree)`,
    );
  }
  if (filter.onlyAvailable) query.andWhere('p.stock > 0');
  andWhereSearch(query, filter.search, [
    'p.name ILIKE :pattern',
    'p.sku ILIKE :pattern',
    `EXISTS (SELECT 1 FROM customer_product_numbers search_numbers
             WHERE search_numbers.company_id = :companyId AND search_numbers.product_id = p.id
               AND search_numbers.number ILIKE :pattern)`,
  ]);
}

function keysetOrder(orderBy: ProductOrderBy | null | undefined): KeysetOrder {
  return {
    expression: SORT_COLUMNS[orderBy?.field ?? ProductSortField.NAME],
    direction: orderBy?.direction ?? SortDirection.ASC,
  };
}
