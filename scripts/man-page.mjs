// Writes man/backcare.1 from the same commander program that prints --help,
// so the two never disagree. It walks whatever commands exist: a command or
// option added to src/cli.ts appears here without touching this file.
//
// From commander's Help object: usage, descriptions, arguments, options and
// subcommands. From each command's extra help text (addHelpText 'after'):
// titled blocks ("Examples:", "Exit codes:", ...) and plain paragraphs. The
// root's "Exit codes:", "Environment:" and "Files:" become EXIT STATUS,
// ENVIRONMENT and FILES; its "Examples:" becomes EXAMPLES.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const ROOT_SECTIONS = { 'Exit codes': 'EXIT STATUS', Environment: 'ENVIRONMENT', Files: 'FILES', Examples: 'EXAMPLES' };

/**
 * Escapes text for roff: backslashes, hyphens (so options copy and search
 * well), characters beyond ASCII (as \[uXXXX], which groff renders in any
 * locale) and control characters at a line start.
 */
export function roff(text) {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}]`)
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

/** The help text a command prints after commander's own part. */
function extraHelp(cmd) {
  let out = '';
  cmd.configureOutput({ ...cmd.configureOutput(), writeOut: (s) => (out += s) });
  cmd.outputHelp();
  const own = cmd.helpInformation();
  const at = out.indexOf(own);
  return at < 0 ? '' : out.slice(at + own.length);
}

/** Splits extra help into titled blocks (a "Title:" line, then indented lines) and plain paragraphs. */
export function parseBlocks(text) {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const [first, ...rest] = block.split('\n');
      const title = /^([A-Z][^:]*):$/.exec(first);
      if (title && rest.length > 0 && rest.every((l) => /^\s/.test(l))) return { title: title[1], lines: rest.map((l) => l.replace(/^ {2}/, '')) };
      return { paragraph: block.replace(/\s*\n\s*/g, ' ') };
    });
}

/** "TERM   description" pairs (two or more spaces apart) as tagged paragraphs; anything else kept as typed. */
function renderTitledLines(lines) {
  if (lines.every((l) => l.startsWith('$ '))) return ['.nf', ...lines.map((l) => roff(l)), '.fi'];
  const pairs = lines.map((l) => /^(\S+(?: \S+)*?)\s{2,}(\S.*)$/.exec(l));
  if (pairs.every((p) => p !== null)) return pairs.flatMap(([, term, text]) => ['.TP', `.B ${roff(term)}`, roff(text)]);
  return ['.nf', ...lines.map((l) => roff(l)), '.fi'];
}

function renderBlock(block, heading) {
  if (block.paragraph !== undefined) return ['.PP', roff(block.paragraph)];
  return [heading(block.title), ...renderTitledLines(block.lines)];
}

function renderItems(items) {
  return items.flatMap(([term, text]) => ['.TP', `.B ${roff(term)}`, roff(text)]);
}

/** Every command below `cmd`, depth first, with its full name ("episode start"). */
function allCommands(help, cmd, prefix = []) {
  return help.visibleCommands(cmd).flatMap((sub) => {
    const path = [...prefix, sub.name()];
    return [{ cmd: sub, path }, ...allCommands(sub.createHelp(), sub, path)];
  });
}

function renderCommand(program, { cmd, path }) {
  const help = cmd.createHelp();
  const lines = [`.SS ${roff(`${program.name()} ${path.join(' ')}`)}`, `.B ${roff(help.commandUsage(cmd))}`, '.PP', roff(help.commandDescription(cmd))];
  const args = help.visibleArguments(cmd).map((a) => [help.argumentTerm(a), help.argumentDescription(a)]);
  if (args.length > 0) lines.push('.PP', 'Arguments:', '.RS', ...renderItems(args), '.RE');
  const options = help.visibleOptions(cmd).map((o) => [help.optionTerm(o), help.optionDescription(o)]);
  if (options.length > 0) lines.push('.PP', 'Options:', '.RS', ...renderItems(options), '.RE');
  const subcommands = help.visibleCommands(cmd).map((c) => [help.subcommandTerm(c), help.subcommandDescription(c)]);
  if (subcommands.length > 0) lines.push('.PP', 'Commands:', '.RS', ...renderItems(subcommands), '.RE');
  for (const block of parseBlocks(extraHelp(cmd))) lines.push(...renderBlock(block, (title) => `.PP\n${roff(title)}:\n.RS`), ...(block.title ? ['.RE'] : []));
  return lines;
}

export function manPage(program, version) {
  const help = program.createHelp();
  const [summary] = help.commandDescription(program).split(/:|\. /);
  const rootBlocks = parseBlocks(extraHelp(program));
  const lines = [
    `.TH BACKCARE 1 "" "backcare ${version}" "User Commands"`,
    // Left-aligned and unhyphenated: option names and variables must stay copyable.
    '.ad l',
    '.nh',
    '.SH NAME',
    `${program.name()} \\- ${roff(summary.trim().replace(/^./, (c) => c.toLowerCase()))}`,
    '.SH SYNOPSIS',
    `.B ${roff(help.commandUsage(program))}`,
    '.SH DESCRIPTION',
    roff(help.commandDescription(program)),
    '.SH OPTIONS',
    ...renderItems(help.visibleOptions(program).map((o) => [help.optionTerm(o), help.optionDescription(o)])),
    '.SH COMMANDS',
    ...allCommands(help, program).flatMap((entry) => renderCommand(program, entry)),
  ];
  for (const block of rootBlocks) {
    const section = block.title && ROOT_SECTIONS[block.title];
    lines.push(...(section ? [`.SH ${section}`, ...renderTitledLines(block.lines)] : renderBlock(block, (title) => `.SH ${roff(title.toUpperCase())}`)));
  }
  lines.push('.SH SEE ALSO', `${roff(`${program.name()} help COMMAND`)}, and README.md in the installed package (its folder is printed by npm root \\-g).`);
  return `${lines.join('\n')}\n`;
}

/** Loads the built program (dist/cli.cjs) and writes its man page. */
export function writeManPage(cliBundle, target, version) {
  const { buildProgram } = createRequire(import.meta.url)(cliBundle);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, manPage(buildProgram(), version));
}
