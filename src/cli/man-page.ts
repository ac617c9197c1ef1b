// The man page, made from the same command specs and option tables as --help.
// Proper roff: sections, tagged paragraphs and fonts, never preformatted text,
// so man fills it to any width and, with hyphenation off, never splits a word.
import { HELP_OPTION, VERSION_OPTION } from './global-options.js';
import type { HelpBlock } from './help-texts.js';
import { PROGRAM } from './registry.js';
import type { CommandSpec, OptionSpec } from './spec.js';
import { flagsOf } from './flags.js';
import { argumentTerm } from './arguments.js';

/** Root help blocks that become sections of their own. */
const SECTIONS: Record<string, string> = { 'Exit codes': 'EXIT STATUS', Environment: 'ENVIRONMENT', Files: 'FILES' };

/**
 * Escapes text for roff: backslashes, hyphens (so options copy and search
 * well), characters beyond ASCII (as \[uXXXX], which groff renders in any
 * locale) and control characters at a line start.
 */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`)
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

function tagged(term: string, text: string): string[] {
  return ['.TP', `.B ${roff(term)}`, roff(text)];
}

function optionText(spec: OptionSpec): string {
  const extras = [spec.choices ? `(choices: ${spec.choices.join(', ')})` : '', spec.env ? `(env: ${spec.env})` : ''];
  return [spec.description, ...extras].filter(Boolean).join(' ');
}

function options(specs: readonly OptionSpec[]): string[] {
  return specs.flatMap((o) => tagged(flagsOf(o), optionText(o)));
}

function usage(path: string[], spec: CommandSpec): string {
  if (spec.usage) return [...path, spec.usage].join(' ');
  const parts = [...path, ...(spec.options?.length ? ['[options]'] : []), ...(spec.arguments ?? []).map((a) => a.name)];
  return [...parts, ...(spec.subcommands?.length ? ['[command]'] : [])].join(' ');
}

function examples(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  return ['.PP', '.I Examples:', '.br', ...lines.flatMap((l, i) => [...(i > 0 ? ['.br'] : []), roff(`$ ${l}`)])];
}

function block(b: HelpBlock): string[] {
  return [
    ...b.rows.flatMap(([term, text]) => tagged(term, text)),
    ...(b.paragraphs ?? []).flatMap((p) => ['.PP', roff(p)]),
  ];
}

function commandSection(path: string[], spec: CommandSpec): string[] {
  const lines = [`.SS ${roff(path.join(' '))}`, `.B ${roff(usage(path, spec))}`, '.PP', roff(spec.description)];
  // Not indented in a block of their own: at 40 columns every level of indent costs a word a line.
  const list = (title: string, items: string[]): string[] =>
    items.length > 0 ? ['.PP', `.I ${title}:`, ...items] : [];
  lines.push(
    ...list(
      'Arguments',
      (spec.arguments ?? []).flatMap((a) => tagged(argumentTerm(a), a.description)),
    ),
  );
  lines.push(...list('Options', options([...(spec.options ?? []), HELP_OPTION])));
  lines.push(
    ...list(
      'Commands',
      (spec.subcommands ?? []).flatMap((c) => tagged(c.name, c.description)),
    ),
  );
  lines.push(...examples(spec.examples ?? []));
  for (const b of spec.blocks ?? []) lines.push('.PP', `.I ${roff(b.title)}:`, ...block(b));
  for (const note of spec.notes ?? []) lines.push('.PP', roff(note));
  return [...lines, ...(spec.subcommands ?? []).flatMap((sub) => commandSection([...path, sub.name], sub))];
}

/** The whole page for `program` (the registry's by default). */
export function manPage(version: string, program: CommandSpec = PROGRAM): string {
  const name = program.name;
  const [summary = ''] = program.description.split(/:|\. /);
  const lines = [
    `.TH ${name.toUpperCase()} 1 "" "${name} ${version}" "User Commands"`,
    // Left-aligned and unhyphenated: option names and variables must stay whole and copyable.
    '.ad l',
    '.nh',
    '.SH NAME',
    `${name} \\- ${roff(summary.trim().replace(/^./, (c) => c.toLowerCase()))}`,
    '.SH SYNOPSIS',
    `.B ${roff(`${name} [options] [command]`)}`,
    '.SH DESCRIPTION',
    roff(program.description),
    '.SH OPTIONS',
    ...options([VERSION_OPTION, ...(program.options ?? []), HELP_OPTION]),
    '.SH COMMANDS',
    ...(program.subcommands ?? []).flatMap((sub) => commandSection([name, sub.name], sub)),
    ...(program.blocks ?? []).flatMap((b) => [`.SH ${SECTIONS[b.title] ?? roff(b.title.toUpperCase())}`, ...block(b)]),
    '.SH EXAMPLES',
    ...(program.examples ?? []).flatMap((e, i) => [...(i > 0 ? ['.br'] : []), roff(`$ ${e}`)]),
    '.SH SEE ALSO',
    `${roff(`${name} help COMMAND`)}, and README.md in the installed package (its folder is printed by npm root \\-g).`,
  ];
  return `${lines.join('\n')}\n`;
}
