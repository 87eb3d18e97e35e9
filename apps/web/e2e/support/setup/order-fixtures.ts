// Fixtures for the buying scenarios: orderable products with their smallest valid quantity, and a cost center.
import assert from 'node:assert/strict';

import { E2eCostCentersDocument, E2eOrderableDocument, type E2eOrderableQuery } from '@branchline/graphql-types';

import { gql } from '../api';

type OrderableProduct = E2eOrderableQuery['products']['edges'][number]['node'] & { quantity: number };
type CostCenter = { id: string; code: string; name: string };
type OrderFixtures = { first: OrderableProduct; second: OrderableProduct; costCenter: CostCenter };

let cached: Promise<OrderFixtures> | undefined;

async function lookUp(): Promise<OrderFixtures> {
  const { products } = await gql('buyer@acme.test', E2eOrderableDocument);
  const orderable = products.edges
    .map((edge) => edge.node)
    .map((product) => ({ ...product, quantity: Math.ceil(product.minQuantity / product.packSize) * product.packSize }));
  assert.ok(orderable.length >= 2, 'two orderable products');
  const { costCenters } = await gql('buyer@acme.test', E2eCostCentersDocument);
  const centers = costCenters.edges.map((edge) => edge.node);
  assert.ok(centers.length > 0, 'Acme has an active cost center');
  return { first: orderable[0]!, second: orderable[1]!, costCenter: centers[centers.length - 1]! };
}

export function orderFixtures(): Promise<OrderFixtures> {
  cached ??= lookUp();
  return cached;
}
