// How long each test took, to name the slowest at the end of a run.
const started = new Map<string, number>();
const durations: { name: string; ms: number }[] = [];

export function testStarted(name: string): void {
  started.set(name, performance.now());
}

export function testEnded(name: string): void {
  const start = started.get(name);
  if (start !== undefined) durations.push({ name, ms: performance.now() - start });
}

export function slowest(count: number): { name: string; ms: number }[] {
  return [...durations].sort((a, b) => b.ms - a.ms).slice(0, count);
}
