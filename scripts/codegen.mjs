// Emits the schema from the API's code-first classes (no database) and the API's input limits, then
// generates types and documents (src/index.ts re-exports the limits).
import { execSync } from 'node:child_process';

const run = (command, cwd) => execSync(command, { stdio: 'inherit', cwd });

run('node -r @swc-node/register src/schema/emit-schema.ts', 'apps/api');
run('node -r @swc-node/register src/schema/emit-limits.ts', 'apps/api');
run('node_modules/.bin/graphql-codegen --config codegen.ts', 'packages/graphql-types');
