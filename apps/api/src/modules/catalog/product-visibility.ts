// The one rule for which products a company may see, as SQL over a product alias and a company parameter
// (`:companyId` in TypeORM queries, `$1` in raw ones). Unrestricted companies see the whole catalog; restricted
// ones only their assortment. The first sub-select does not depend on the row, so PostgreSQL runs it once.
export function visibleProductCondition(productAlias: string, companyParameter: string): string {
  return `(NOT EXISTS (SELECT 1 FROM company_catalog_settings visibility_settings
                       WHERE visibility_settings.company_id = ${companyParameter}
                         AND visibility_settings.restricted_assortment)
           OR EXISTS (SELECT 1 FROM assortment_products visibility_assortment
                      WHERE visibility_assortment.company_id = ${companyParameter}
                        AND visibility_assortment.product_id = ${productAlias}.id))`;
}
