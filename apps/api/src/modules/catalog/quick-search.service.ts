import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/auth/request-context';
import { escapeLike } from '../../common/database/escape-like';
import { badUserInput } from '../../common/errors/graphql-errors';
import { toProductNode } from './catalog.mapper';
import { catalogCompanyId } from './catalog-scope';
import { CustomerProductNumber } from './customer-product-number.entity';
import { ProductsService } from './products.service';
import { MAX_QUICK_SEARCH_RESULTS, QuickSearchArgs, QuickSearchHitNode, QuickSearchMatch } from './quick-search.types';

const MIN_QUERY_LENGTH = 2;
const MAX_QUERY_LENGTH = 100;

type RankRow = { matched_on: QuickSearchMatch; own_number: string | null };

@Injectable()
export class QuickSearchService {
  constructor(private readonly products: ProductsService) {}

  // One statement. Candidates come from the trigram indexes (name, SKU, the company's own numbers), each by
  // word similarity (typos) or substring; they are ranked exact SKU/own number first, then prefix matches,
  // then by similarity.
  async search(context: RequestContext, args: QuickSearchArgs): Promise<QuickSearchHitNode[]> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_QUICK_SEARCH_RESULTS) {
      throw badUserInput(`first must be between 1 and ${MAX_QUICK_SEARCH_RESULTS}.`);
    }
    const text = args.query.trim().slice(0, MAX_QUERY_LENGTH);
    if (text.length < MIN_QUERY_LENGTH) return [];
    const escaped = escapeLike(text);
    const { entities, raw } = await this.products
      .visibleProducts(context)
      .leftJoin(CustomerProductNumber, 'n', 'n.company_id = :companyId AND n.product_id = p.id')
      .andWhere('p.active')
      .andWhere(
        `p.id IN (
           SELECT id FROM products WHERE :text <% name OR name ILIKE :contains
           UNION
           SELECT id FROM products WHERE :text <% sku OR sku ILIKE :contains
           UNION
           SELECT product_id FROM customer_product_numbers
           WHERE company_id = :companyId AND (:text <% number OR number ILIKE :contains))`,
      )
      .addSelect('n.number', 'own_number')
      .addSelect(
        `CASE
           WHEN lower(n.number) = lower(:text) THEN 'CUSTOMER_NUMBER'
           WHEN lower(p.sku) = lower(:text) THEN 'SKU'
           WHEN coalesce(word_similarity(:text, n.number), 0) >= greatest(word_similarity(:text, p.sku), word_similarity(:text, p.name))
             THEN 'CUSTOMER_NUMBER'
           WHEN word_similarity(:text, p.sku) >= word_similarity(:text, p.name) THEN 'SKU'
           ELSE 'NAME'
         END`,
        'matched_on',
      )
      .orderBy(
        `CASE
           WHEN lower(p.sku) = lower(:text) OR lower(n.number) = lower(:text) THEN 0
           WHEN p.sku ILIKE :prefix OR n.number ILIKE :prefix THEN 1
           ELSE 2
         END`,
      )
      .addOrderBy(
        `greatest(word_similarity(:text, p.name), word_similarity(:text, p.sku), coalesce(word_similarity(:text, n.number), 0))`,
        'DESC',
      )
      .addOrderBy('similarity(:text, p.name)', 'DESC')
      .addOrderBy('lower(p.name)')
      .addOrderBy('p.id')
      .setParameters({ text, contains: `%${escaped}%`, prefix: `${escaped}%`, companyId: catalogCompanyId(context) })
      .limit(args.first)
      .getRawAndEntities<RankRow>();
    return entities.map((product, index) => ({
      product: toProductNode(product),
      matchedOn: raw[index].matched_on,
      customerProductNumber: raw[index].own_number,
    }));
  }
}
