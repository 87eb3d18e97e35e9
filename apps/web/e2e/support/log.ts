// "# " lines are TAP comments: the runner's report stays parseable.
export function log(message: string): void {
  process.stdout.write(`# ${message}\n`);
}
