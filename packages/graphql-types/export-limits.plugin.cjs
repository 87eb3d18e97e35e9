// A graphql-codegen plugin of one line: the generated index re-exports the API's limits (src/limits.ts,
// written by scripts/codegen.mjs), so the SPA imports LIMITS from the package like everything else.
module.exports = { plugin: () => ({ prepend: ["export * from './limits';"], content: '' }) };
