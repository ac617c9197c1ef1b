// backcare completion bash|zsh|fish: scripts generated from the command specs,
// so they never fall out of step with the options commander knows, with the
// values options and arguments take (remedy ids, regions, topics, …) read
// from the knowledge base when the script is generated.
import { knowledgeBaseLists } from '../../core/completion-values.js';
import { UsageError } from '../../runtime/errors.js';
import { completionScript, SHELLS, type Shell } from '../../ui/completion.js';
import type { Io } from '../../cli/io.js';
import type { Input } from '../../cli/spec.js';
import { completionTree } from '../../cli/completion-tree.js';
import { PROGRAM } from '../../cli/registry.js';
import type { CommandSpec } from '../../cli/spec.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { echoed } from '../../core/echo.js';

export async function run(options: Input<Record<string, unknown>>, io: Io): Promise<void> {
  const shell = options.args[0] ?? '';
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(`unsupported shell "${echoed(shell)}"; use one of: ${SHELLS.join(', ')}`);
  }
  const ctx = await io.context();
  ctx.term.stdout.write(scriptFor(shell as Shell, PROGRAM, ctx.kb));
}

/** The script for `program`'s specs, with the values the knowledge base lists. */
export function scriptFor(shell: Shell, program: CommandSpec, kb: KnowledgeBase): string {
  return completionScript(shell, completionTree(program, knowledgeBaseLists(kb)));
}
