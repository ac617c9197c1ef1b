// backcare completion bash|zsh|fish: scripts generated from the command tree,
// so they never fall out of step with the options commander knows, with the
// values options and arguments take (remedy ids, regions, formats, topics, …)
// read from the knowledge base when the script is generated.
import type { Argument, Command, Option } from 'commander';
import { knowledgeBaseLists, valuesFor, type ValueLists } from '../../core/completion-values.js';
import { CARE_LEVELS } from '../../core/vocabulary.js';
import { UsageError } from '../../runtime/errors.js';
import { completionScript, SHELLS, type CommandSpec, type OptionSpec, type Shell, type ValueSpec } from '../../ui/completion.js';
import { createContext, type GlobalOptions } from '../../cli/context.js';
import { FORMATS } from '../report/formats.js';
import { echoed } from '../../core/echo.js';

/** Values that are not lists in the knowledge base. */
const FIXED_LISTS: ValueLists = { format: FORMATS, shell: SHELLS, 'fail-on': CARE_LEVELS };
/** Names whose values are a list under another name. */
const ALIASES: Record<string, string> = { helped: 'remedies' };

export async function run(args: string[], _options: unknown, globals: GlobalOptions, program: Command): Promise<void> {
  const shell = args[0] ?? '';
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(`unsupported shell "${echoed(shell)}"; use one of: ${SHELLS.join(', ')}`);
  }
  const ctx = await createContext(globals);
  const lists = { ...knowledgeBaseLists(ctx.kb), ...FIXED_LISTS };
  process.stdout.write(completionScript(shell as Shell, describe(program, lists)));
}

function describe(cmd: Command, lists: ValueLists): CommandSpec {
  return {
    name: cmd.name(),
    options: cmd.options.map((o) => describeOption(o, cmd.name(), lists)),
    args: argumentsOf(cmd, lists),
    subcommands: cmd.commands.map((c) => describe(c, lists)),
  };
}

function describeOption(option: Option, command: string, lists: ValueLists): OptionSpec {
  const flags = [option.long, option.short].filter((f): f is string => f !== undefined);
  if (!option.required && !option.optional) return { flags, takes: 'nothing', values: [] };
  const placeholder = /<([^>.]+)/.exec(option.flags)?.[1] ?? '';
  const name = (option.long ?? '').replace(/^--/, '');
  return { flags, ...valueSpec(placeholder, name, option.argChoices, command, lists) };
}

/** What the command's positional arguments take, together (backcare has at most one). */
function argumentsOf(cmd: Command, lists: ValueLists): ValueSpec {
  const specs = cmd.registeredArguments.map((a: Argument) => valueSpec(a.name(), a.name(), a.argChoices, cmd.name(), lists));
  return specs.find((s) => s.takes !== 'value') ?? { takes: specs.length > 0 ? 'value' : 'nothing', values: specs.flatMap((s) => s.values) };
}

/** A <file> or <dir> placeholder completes paths; anything else takes its choices or a list from the knowledge base. */
function valueSpec(placeholder: string, name: string, choices: readonly string[] | undefined, command: string, lists: ValueLists): ValueSpec {
  if (placeholder === 'file' || placeholder === 'dir') return { takes: placeholder, values: [] };
  return { takes: 'value', values: choices ?? valuesFor(name, command, lists, ALIASES) ?? [] };
}
