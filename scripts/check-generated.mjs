// Generated types never drift: regenerate, then fail if anything under packages/graphql-types changed.
import { execSync } from 'node:child_process';

const run = (command) => execSync(command, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

run('node scripts/codegen.mjs');
const changes = run('git status --porcelain -- packages/graphql-types').trim();
if (changes) {
  console.error('Generated GraphQL schema/types differ from what is committed. Run `pnpm codegen` and commit:');
  console.error(changes);
  console.error(run('git --no-pager diff --stat -- packages/graphql-types'));
  process.exit(1);
}
console.log('Generated GraphQL schema and types are up to date.');
