// `backcare` with no command: the help, on stdout.
import type { Command } from 'commander';

export async function run(program: Command): Promise<void> {
  program.outputHelp();
}
