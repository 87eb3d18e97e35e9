import { GraphQLSchema } from 'graphql';

// Root fields whose resolver carries no @Allow/@Authenticated/@Public declaration.
export function findUndeclaredOperations(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((root) =>
    root
      ? Object.values(root.getFields())
          .filter((field) => !field.extensions?.access)
          .map((field) => `${root.name}.${field.name}`)
      : [],
  );
}
