// backcare completion bash|zsh|fish: scripts generated from the command tree,
// so they never fall out of step with the options commander knows.
import type { Command } from 'commander';
import type { KnowledgeBase } from '../core/kb/types.js';
import { UsageError } from '../errors.js';
import { openKnowledgeBase } from '../kb/source.js';
import { completionScript, SHELLS, type CommandSpec, type Shell } from '../ui/completion.js';
import type { GlobalOptions } from './context.js';

/** Commands whose argument completes to ids from the knowledge base. */
const ARGUMENT_VALUES: Record<string, (kb: KnowledgeBase) => string[]> = {
  learn: (kb) => kb.learn.topics.map((t) => t.id),
};

export async function run(args: string[], _options: unknown, globals: GlobalOptions, program: Command): Promise<void> {
  const shell = args[0] ?? '';
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(`unsupported shell "${shell}"; use one of: ${SHELLS.join(', ')}`);
  }
  const kb = await openKnowledgeBase(globals.kb);
  process.stdout.write(completionScript(shell as Shell, describe(program, kb)));
}

function describe(cmd: Command, kb: KnowledgeBase): CommandSpec {
  const values = ARGUMENT_VALUES[cmd.name()];
  return {
    name: cmd.name(),
    options: cmd.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined)),
    subcommands: cmd.commands.map((c) => describe(c, kb)),
    ...(values && cmd.parent ? { values: values(kb) } : {}),
  };
}
