// Fixtures for the catalog scenarios, looked up once per run: a typo-found product with an Acme contract price,
// one of Acme's own numbers, and a product Acme sees but Globex (restricted assortment) does not.
import assert from 'node:assert/strict';

import {
  E2eCategoriesDocument,
  E2eElectricalDocument,
  type E2eElectricalQuery,
  E2eOwnNumbersDocument,
  type E2eOwnNumbersQuery,
  E2eQuickSearchDocument,
  type E2eQuickSearchQuery,
} from '@branchline/graphql-types';

import { gql } from '../api';

type CatalogFixtures = {
  contractIndex: number;
  contractProduct: E2eQuickSearchQuery['quickSearch'][number]['product'];
  ownNumber: E2eOwnNumbersQuery['customerProductNumbers']['edges'][number]['node'];
  acmeOnlyProduct: E2eElectricalQuery['products']['edges'][number]['node'];
};

let cached: Promise<CatalogFixtures> | undefined;

async function lookUp(): Promise<CatalogFixtures> {
  const { quickSearch } = await gql('buyer@acme.test', E2eQuickSearchDocument, { query: 'claw hamer' });
  const contractIndex = quickSearch.findIndex((hit) => hit.product.price.source === 'CONTRACT');
  assert.ok(contractIndex >= 0, 'a claw hammer has an Acme contract price');
  const { customerProductNumbers } = await gql('buyer@acme.test', E2eOwnNumbersDocument);
  const ownNumber = customerProductNumbers.edges[0]!.node;
  const { categories } = await gql('buyer@acme.test', E2eCategoriesDocument);
  const electrical = categories.find((category) => category.slug === 'electrical');
  assert.ok(electrical, 'the seed has an electrical category');
  const { products } = await gql('buyer@acme.test', E2eElectricalDocument, { categoryId: electrical.id });
  return {
    contractIndex,
    contractProduct: quickSearch[contractIndex]!.product,
    ownNumber,
    acmeOnlyProduct: products.edges[0]!.node,
  };
}

export function catalogFixtures(): Promise<CatalogFixtures> {
  cached ??= lookUp();
  return cached;
}
