import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

import { MAX_PAGE_SIZE } from '../connection/connection.args';

// Lists without a `first` argument (order lines, tier prices, categories) are assumed to hold this many.
export const ASSUMED_LIST_SIZE = 10;

// What one request may cost (see queryCost). The heaviest document the SPA or the API tests send, 100
// orders with their lines, costs about half of it; thirty aliased 100-product pages cost five times more.
export const MAX_QUERY_COST = 5_000;

type Variables = Readonly<Record<string, unknown>> | undefined;

// The estimated work of an operation, in the spirit of GitHub's and Shopify's cost models: every object
// field costs 1, scalars cost nothing, and a field taking `first` multiplies the cost of its subtree by
// `first` (a list without it by ASSUMED_LIST_SIZE). Each fragment's cost is computed once, so the
// calculation is linear in the size of the document however fragments are chained.
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();

  const selectionSetCost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) cost += selectionSetCost(selection.selectionSet, type);
      } else {
        const name = selection.name.value;
        let known = fragmentCosts.get(name);
        if (known === undefined) {
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          // Validation (NoFragmentCycles) ran before, so this recursion ends.
          known = fragment && type ? selectionSetCost(fragment.selectionSet, type) : 0;
          fragmentCosts.set(name, known);
        }
        cost += known;
      }
    }
    return cost;
  };

  const fieldCost = (field: FieldNode, parentType: GraphQLNamedType): number => {
    if (field.name.value.startsWith('__') || !(isObjectType(parentType) || isInterfaceType(parentType))) return 0;
    const definition = parentType.getFields()[field.name.value];
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    if (isLeafType(type) || !field.selectionSet || !isCompositeType(type)) return 0;
    return 1 + multiplier(field, definition.type, parentType) * selectionSetCost(field.selectionSet, type);
  };

  const multiplier = (field: FieldNode, type: unknown, parentType: GraphQLCompositeType): number => {
    const first = field.arguments?.find((argument) => argument.name.value === 'first');
    if (first) return pageSize(first.value, operation, variables);
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    // A connection's `edges` are the page its `first` already counted.
    if (!isListType(unwrapped) || parentType.name.endsWith('Connection')) return 1;
    return ASSUMED_LIST_SIZE;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionSetCost(operation.selectionSet, root) : 0;
}

// `first` as the request will run it: a literal, a variable's value or default, otherwise the largest page.
function pageSize(value: ValueNode, operation: OperationDefinitionNode, variables: Variables): number {
  let resolved: unknown;
  if (value.kind === Kind.INT) resolved = Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    resolved = variables?.[name];
    if (resolved === undefined) {
      const declared = operation.variableDefinitions?.find((definition) => definition.variable.name.value === name);
      if (declared?.defaultValue?.kind === Kind.INT) resolved = Number(declared.defaultValue.value);
    }
  }
  // Out-of-range values are refused later with a clear message; for the estimate they count as a full page.
  return typeof resolved === 'number' && Number.isInteger(resolved) && resolved >= 1 && resolved <= MAX_PAGE_SIZE
    ? resolved
    : MAX_PAGE_SIZE;
}
