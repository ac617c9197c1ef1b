// The command tree a completion script is written from, read from the
// command specs: each option's and argument's completion source, with the
// knowledge base's lists filled in.
import type { ValueLists } from '../core/completion-values.js';
import type { CommandSpec as ScriptCommand, OptionSpec as ScriptOption, ValueSpec } from '../ui/completion.js';
import { VERSION_OPTION } from './global-options.js';
import type { CommandSpec, CompletionSource, OptionSpec } from './spec.js';

/** The program's tree, its own --version included (help is left out, as commander leaves it out). */
export function completionTree(program: CommandSpec, lists: ValueLists): ScriptCommand {
  return tree({ ...program, options: [VERSION_OPTION, ...(program.options ?? [])] }, lists);
}

function tree(spec: CommandSpec, lists: ValueLists): ScriptCommand {
  return {
    name: spec.name,
    options: (spec.options ?? []).map((o) => option(o, lists)),
    args: argumentsOf(spec, lists),
    subcommands: (spec.subcommands ?? []).map((sub) => tree(sub, lists)),
  };
}

function option(spec: OptionSpec, lists: ValueLists): ScriptOption {
  const flags = [spec.flag, ...(spec.short ? [spec.short] : [])];
  if (spec.value === undefined) return { flags, takes: 'nothing', values: [] };
  return { flags, ...values(spec.complete ?? spec.choices, lists) };
}

/** What the command's positional arguments take, together (backcare has at most one). */
function argumentsOf(spec: CommandSpec, lists: ValueLists): ValueSpec {
  const specs = (spec.arguments ?? []).map((a) => values(a.complete, lists));
  return (
    specs.find((s) => s.takes !== 'value') ?? {
      takes: specs.length > 0 ? 'value' : 'nothing',
      values: specs.flatMap((s) => s.values),
    }
  );
}

function values(source: CompletionSource | undefined, lists: ValueLists): ValueSpec {
  if (source === 'file' || source === 'dir') return { takes: source, values: [] };
  if (source === undefined) return { takes: 'value', values: [] };
  return { takes: 'value', values: 'list' in source ? (lists[source.list] ?? []) : source };
}
