import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { LIMITS } from '../common/limits';
import { repoRoot } from '../database/repo-root';
import { limitsModuleSource } from './limits-module';

// Emits packages/graphql-types/src/limits.ts, so the SPA's forms read the limits the API validates with.
const target = join(repoRoot(), 'packages', 'graphql-types', 'src', 'limits.ts');
writeFileSync(target, limitsModuleSource(LIMITS));
process.stdout.write(`Wrote ${target}\n`);
