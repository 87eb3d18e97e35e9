import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { escapeLike } from '../../common/database/escape-like';
import { badUserInput } from '../../common/errors/graphql-errors';
import { LIMITS } from '../../common/limits';
import { toProductNode } from './catalog.mapper';
import { CustomerProductNumber } from './customer-product-number.entity';
import { visibleProductCondition } from './product-visibility';
import { ProductsService } from './products.service';
import { MAX_QUICK_SEARCH_RESULTS, QuickSearchArgs, QuickSearchHitNode, QuickSearchMatch } from './quick-search.types';

const MIN_QUERY_LENGTH = LIMITS.searchTerm.minLength;
const MAX_QUERY_LENGTH = LIMITS.searchTerm.maxLength;
// Nearest neighbours read per source (names, SKUs, SKU prefixes, own numbers) before ranking.
const CANDIDATES_PER_SOURCE = 50;

type RankRow = { matched_on: QuickSearchMatch; own_number: string | null };

@Injectable()
export class QuickSearchService {
  constructor(private readonly products: ProductsService) {}

  // One statement. Candidates are the nearest names, SKUs and own numbers by word similarity, read from the
  // GiST trigram indexes in distance order (so cost does not grow with how many products match loosely);
  // exact and prefix matches are added by equality/prefix. Candidates that are not similar enough are dropped,
  // the rest ranked: exact SKU/own number first, then prefix matches, then by similarity.
  async search(context: RequestContext, args: QuickSearchArgs): Promise<QuickSearchHitNode[]> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_QUICK_SEARCH_RESULTS) {
      throw badUserInput(`first must be between 1 and ${MAX_QUICK_SEARCH_RESULTS}.`);
    }
    const text = args.query.trim().slice(0, MAX_QUERY_LENGTH);
    if (text.length < MIN_QUERY_LENGTH) return [];
    const escaped = escapeLike(text);
    const visible = visibleProductCondition('candidate', ':companyId');
    const { entities, raw } = await this.products
      .visibleProducts(context)
      .leftJoin(CustomerProductNumber, 'n', 'n.company_id = :companyId AND n.product_id = p.id')
      .andWhere('p.active')
      .andWhere(
        `p.id IN (
           (SELECT id FROM products candidate WHERE candidate.active AND ${visible}
            ORDER BY :text <<-> candidate.name LIMIT ${CANDIDATES_PER_SOURCE})
           UNION ALL
           (SELECT id FROM products candidate WHERE candidate.active AND ${visible}
            ORDER BY :text <<-> candidate.sku LIMIT ${CANDIDATES_PER_SOURCE})
           UNION ALL
           (SELECT id FROM products candidate WHERE candidate.active AND lower(candidate.sku) LIKE lower(:prefix)
            LIMIT ${CANDIDATES_PER_SOURCE})
           UNION ALL
           (SELECT product_id FROM customer_product_numbers WHERE company_id = :companyId
            ORDER BY :text <<-> number LIMIT ${CANDIDATES_PER_SOURCE}))`,
      )
      .andWhere(
        `(:text <% p.name OR :text <% p.sku OR :text <% n.number
          OR p.name ILIKE :contains OR p.sku ILIKE :contains OR n.number ILIKE :contains)`,
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
      .setParameters({
        text,
        contains: `%${escaped}%`,
        prefix: `${escaped}%`,
        companyId: context.requireCompany().companyId,
      })
      .limit(args.first)
      .getRawAndEntities<RankRow>();
    return entities.map((product, index) => ({
      product: toProductNode(product),
      matchedOn: raw[index].matched_on,
      customerProductNumber: raw[index].own_number,
    }));
  }
}
