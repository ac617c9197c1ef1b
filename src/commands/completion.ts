// backcare completion bash|zsh|fish: scripts generated from the command tree,
// so they never fall out of step with the options commander knows.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { completionScript, SHELLS, type CommandSpec, type Shell } from '../ui/completion.js';
import type { GlobalOptions } from './context.js';

export async function run(args: string[], _options: unknown, _globals: GlobalOptions, program: Command): Promise<void> {
  const shell = args[0] ?? '';
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(`unsupported shell "${shell}"; use one of: ${SHELLS.join(', ')}`);
  }
  process.stdout.write(completionScript(shell as Shell, describe(program)));
}

function describe(cmd: Command): CommandSpec {
  return {
    name: cmd.name(),
    options: cmd.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined)),
    subcommands: cmd.commands.map(describe),
  };
}
