import type { CodegenConfig } from '@graphql-codegen/cli';

// Types and typed documents for every operation the SPA, the browser tests and the API tests send.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: [
    '../../apps/web/src/**/*.graphql',
    '../../apps/web/e2e/graphql/**/*.graphql',
    '../../apps/api/test/**/*.graphql',
  ],
  generates: {
    'src/index.ts': {
      plugins: ['./export-limits.plugin.cjs', 'typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Decimal: 'string' },
        strictScalars: true,
        skipTypename: false,
        nonOptionalTypename: false,
        dedupeFragments: true,
      },
    },
  },
  hooks: {},
};

export default config;
