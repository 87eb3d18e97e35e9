import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The monorepo root (where pnpm-workspace.yaml lives), so `.data/` is one place whatever the cwd.
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
