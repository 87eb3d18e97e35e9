import { ASTVisitor, GraphQLError, Kind, SelectionSetNode, ValidationContext, FragmentDefinitionNode } from 'graphql';

export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_TOKENS = 5_000;

// Bounds on what one document may ask for. With `first` capped at 100 per list, depth and alias limits
// also bound the result size (the query cost) of any accepted document.
export function depthLimit(maxDepth = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!selectionSet) return depth;
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...seen, name])));
          }
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is ${depth} levels deep; at most ${maxDepth} are allowed.`, { nodes: [operation] }),
          );
        }
      },
    };
  };
}

export function aliasLimit(maxAliases = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias && ++aliases === maxAliases + 1) {
          context.reportError(new GraphQLError(`At most ${maxAliases} aliases are allowed in one document.`));
        }
      },
    };
  };
}
