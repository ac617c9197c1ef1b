// Running a command's code, whichever reading of the command line found it.
import type { Io } from './io.js';
import type { Input, RunModule } from './spec.js';

/** Loads the command's code and runs it: the exit code it returns, else the one set so far, else 0. */
export async function runCommand(
  load: () => Promise<RunModule>,
  input: Input<Record<string, unknown>>,
  io: Io,
): Promise<number> {
  const { run } = await load();
  return (await run(input, io)) ?? exitCodeSoFar();
}

/** What a command that returned no code left for the process (a countdown sets it). */
export function exitCodeSoFar(): number {
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
