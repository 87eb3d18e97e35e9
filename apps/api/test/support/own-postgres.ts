import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export type OwnPostgres = { url: (database: string) => string; stop: () => Promise<void> };

// Starts an embedded PostgreSQL in a child process (see own-postgres.process.ts) on dataDir and port;
// resolves once it accepts connections. stop() shuts it down and waits for the child to exit.
export async function startOwnPostgres(dataDir: string, port: number): Promise<OwnPostgres> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'own-postgres.process.ts'), dataDir, String(port)],
    { cwd: join(__dirname, '..', '..'), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  const serverUrl = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /POSTGRES_READY (\S+)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`PostgreSQL child exited with ${code}: ${output}`)));
  });
  const url = (database: string) => {
    const target = new URL(serverUrl);
    target.pathname = `/${database}`;
    return target.toString();
  };
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.stdin.end();
      await exited;
    },
  };
}
