// A command's --help, made from its spec: usage, description, arguments,
// options, subcommands, then examples and blocks (help-texts.ts). Laid out as
// commander lays out help, and used by commander too (run-program.ts), so a
// page reads the same whichever way the command line was read.
import type { CommandSpec, OptionSpec } from './spec.js';
import { helpAfter } from './help-texts.js';
import { flagsOf } from './flags.js';
import { argumentTerm } from './arguments.js';
import { wrap } from '../ui/wrap.js';
import { HELP_COMMAND, HELP_OPTION } from './global-options.js';

/** Commander's layout: items indented 2, 2 spaces between term and text, no wrapping under 40 columns. */
const INDENT = 2;
const GAP = 2;
const MIN_WRAP = 40;

/** The help of the last command in `path` (the program first), wrapped to `width`. */
export function helpPage(
  path: readonly CommandSpec[],
  width: number,
  programOptions: readonly OptionSpec[] = [],
): string {
  const command = path[path.length - 1] as CommandSpec;
  const args = (command.arguments ?? []).filter((a) => a.description !== '');
  const options = [...programOptions, ...(command.options ?? []), HELP_OPTION];
  const subcommands = command.subcommands ?? [];
  const commandItems = subcommands.map((s) => ({ term: subcommandTerm(s), description: s.description }));
  if (subcommands.length > 0) commandItems.push({ term: HELP_COMMAND.name, description: HELP_COMMAND.description });
  const termWidth = Math.max(
    ...args.map((a) => argumentTerm(a).length),
    ...options.map((o) => flagsOf(o).length),
    ...commandItems.map((c) => c.term.length),
  );
  const item = (term: string, text: string): string => formatItem(term, termWidth, text, width);
  const sections = [
    `Usage: ${path.map((c) => c.name).join(' ')} ${command.usage ?? defaultUsage(command)}\n`,
    ...(command.description ? [`${boxWrap(command.description, width)}\n`] : []),
    section(
      'Arguments:',
      args.map((a) => item(argumentTerm(a), a.description)),
    ),
    section(
      'Options:',
      options.map((o) => item(flagsOf(o), optionDescription(o))),
    ),
    section(
      'Commands:',
      commandItems.map((c) => item(c.term, c.description)),
    ),
  ];
  const after = helpAfter(command, width);
  return `${sections.filter((s) => s !== '').join('\n')}${after ? `${after}\n` : ''}`;
}

function section(title: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `${title}\n${items.join('\n')}\n`;
}

/** `[options] [command] [id]`: what commander writes when a spec gives no usage of its own. */
function defaultUsage(command: CommandSpec): string {
  const args = (command.arguments ?? []).map((a) => a.name);
  return ['[options]', ...(command.subcommands?.length ? ['[command]'] : []), ...args].join(' ');
}

function subcommandTerm(command: CommandSpec): string {
  const args = (command.arguments ?? []).map((a) => a.name).join(' ');
  return `${command.name}${command.options?.length ? ' [options]' : ''}${args ? ` ${args}` : ''}`;
}

function optionDescription(option: OptionSpec): string {
  const extra = [
    ...(option.choices ? [`choices: ${option.choices.map((c) => JSON.stringify(c)).join(', ')}`] : []),
    ...(option.value !== undefined && option.default !== undefined
      ? [`default: ${JSON.stringify(option.default)}`]
      : []),
    ...(option.env ? [`env: ${option.env}`] : []),
  ];
  return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
}

function formatItem(term: string, termWidth: number, description: string, width: number): string {
  const indent = ' '.repeat(INDENT);
  if (!description) return `${indent}${term}`;
  const remaining = width - termWidth - GAP - INDENT;
  const text =
    remaining < MIN_WRAP
      ? description
      : boxWrap(description, remaining).replace(/\n/g, `\n${' '.repeat(termWidth + GAP)}`);
  return `${indent}${term.padEnd(termWidth)}${' '.repeat(GAP)}${text.replace(/\n/g, `\n${indent}`)}`;
}

/** Wraps at whitespace to `width`, line by line; narrower than commander's minimum, not at all. */
function boxWrap(text: string, width: number): string {
  if (width < MIN_WRAP) return text;
  return text
    .split('\n')
    .map((line) => wrap(line, width).join('\n'))
    .join('\n');
}
