// Child processes of a run (API, preview server), each in its own process group so stopping it stops its children.
import { type ChildProcess, spawn, type SpawnOptions, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';

import { log } from './log';
import { artifact } from './paths';

type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type ChildEntry = { name: string; child: ChildProcess; exited: Promise<Exit>; stopped: boolean };

const children: ChildEntry[] = [];

export function run(command: string, args: string[], options: SpawnSyncOptions): void {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

export function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const { port: actual } = server.address() as AddressInfo;
        server.close(() => resolvePort(actual));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

export function start(name: string, command: string, args: string[], options: SpawnOptions): ChildEntry {
  const logFile = createWriteStream(artifact(`${name}.log`));
  // Own process group, so stopping it also stops whatever it spawned.
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(logFile);
  child.stderr?.pipe(logFile);
  const exited = new Promise<Exit>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const entry: ChildEntry = { name, child, exited, stopped: false };
  children.push(entry);
  void exited.then(({ code, signal }) => {
    if (!entry.stopped) log(`${name} exited early (code ${code}, signal ${signal}); see e2e/artifacts/${name}.log`);
  });
  return entry;
}

async function stop(entry: ChildEntry): Promise<void> {
  const pid = entry.child.pid;
  if (entry.stopped || pid === undefined || entry.child.exitCode !== null || entry.child.signalCode !== null) return;
  entry.stopped = true;
  // SIGTERM first: the API then shuts its embedded Postgres down cleanly.
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'timeout'>((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), 15_000));
  if ((await Promise.race([entry.exited, timeout])) === 'timeout') {
    log(`${entry.name} did not stop in time, killing its process group`);
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export async function stopAll(): Promise<void> {
  for (const entry of [...children].reverse()) await stop(entry);
}

export async function waitForOk(url: string, timeoutMs: number, entry?: ChildEntry): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (entry && entry.child.exitCode !== null) throw new Error(`${entry.name} exited before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolveSleep) => setTimeout(resolveSleep, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (${lastError})`);
}
