
// Own numbers show up in lists, the product page and search: after a change, refetch whatever is on screen.
export const PRODUCT_NUMBER_DEPENDENT_QUERIES = [
  'CustomerProductNumbers',
  'ProductOwnNumber',
  'CatalogProduct',
  'CatalogProducts',
];
