// Emits the schema from the API's code-first classes (no database), then generates types and documents.
import { execSync } from 'node:child_process';

const run = (command, cwd) => execSync(command, { stdio: 'inherit', cwd });

run('node -r @swc-node/register src/schema/emit-schema.ts', 'apps/api');
run('node_modules/.bin/graphql-codegen --config codegen.ts', 'packages/graphql-types');
