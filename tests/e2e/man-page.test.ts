// man/backcare.1 is generated at build time from the program that prints
// --help: every command and option the help shows must be in the man page,
// and the page must render.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { skipVisibly } from '../helpers/skip-visibly.js';

const MAN_PAGE = join(ROOT, 'man', 'backcare.1');
const roff = readFileSync(MAN_PAGE, 'utf8');
/** The roff source with its escapes undone, for searching. */
const source = roff
  .replace(/\\-/g, '-')
  .replace(/\\\[u([0-9A-F]{4,6})\]/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
  .replace(/\\e/g, '\\')
  .replace(/\\&/g, '');

const helps = new Map<string, string>();
/** `backcare ...path --help`, run once per path. */
function helpOf(path: string[]): string {
  const key = path.join(' ');
  if (!helps.has(key)) helps.set(key, runCli([...path, '--help']).stdout);
  return helps.get(key)!;
}

/** The indented entries of one section ("Options:", "Commands:") of a help text, up to the first blank line. */
function helpSection(help: string, title: string): string[] {
  const start = help.split('\n').indexOf(`${title}:`);
  if (start < 0) return [];
  const lines = help.split('\n').slice(start + 1);
  const end = lines.findIndex((l) => !/^\s/.test(l) || l.trim() === '');
  return (end < 0 ? lines : lines.slice(0, end)).filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
}

/** Every command path reachable from `backcare --help`, by following each help's Commands section. */
function commandPaths(path: string[] = []): string[][] {
  const help = helpOf(path);
  const names = helpSection(help, 'Commands').map((entry) => entry.split(' ')[0]!);
  return names.filter((name) => name !== 'help').flatMap((name) => [[...path, name], ...commandPaths([...path, name])]);
}

/** The man page's text for one command: from its .SS heading to the next. */
function manSection(path: string[]): string {
  const heading = `.SS backcare ${path.join(' ')}\n`;
  const start = source.indexOf(heading);
  if (start < 0) return '';
  const next = source.indexOf('\n.S', start + heading.length);
  return source.slice(start, next < 0 ? undefined : next);
}

const optionTerm = (entry: string): string => entry.split(/ {2,}/)[0]!;

describe('the man page', () => {
  it('has the sections a man page needs, with the exit codes, environment and files from --help', () => {
    expect(roff).toMatch(/^\.TH BACKCARE 1 /);
    for (const section of [
      'NAME',
      'SYNOPSIS',
      'DESCRIPTION',
      'OPTIONS',
      'COMMANDS',
      'EXIT STATUS',
      'ENVIRONMENT',
      'FILES',
      'EXAMPLES',
    ]) {
      expect(roff).toContain(`\n.SH ${section}\n`);
    }
    const help = helpOf([]);
    for (const entry of [
      ...helpSection(help, 'Exit codes'),
      ...helpSection(help, 'Environment'),
      ...helpSection(help, 'Files'),
    ]) {
      expect(source).toContain(optionTerm(entry));
    }
    for (const example of helpSection(help, 'Examples')) expect(source).toContain(example);
  });

  it('documents every global option shown by backcare --help', () => {
    const options = helpSection(helpOf([]), 'Options').map(optionTerm);
    expect(options).toContain('--kb <dir>');
    const global = source.slice(source.indexOf('.SH OPTIONS'), source.indexOf('.SH COMMANDS'));
    for (const option of options) expect(global).toContain(`.B ${option}\n`);
  });

  const paths = commandPaths();
  it('finds the commands by following --help', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['check', 'remedies', 'episode start', 'kb validate', 'report']),
    );
  });

  it.each(paths.map((p) => [p.join(' '), p] as const))(
    'documents backcare %s with every option and argument its --help shows',
    (_name, path) => {
      const section = manSection(path);
      expect(section, `no .SS section for backcare ${path.join(' ')}`).not.toBe('');
      const help = helpOf(path);
      for (const option of helpSection(help, 'Options').map(optionTerm)) expect(section).toContain(`.B ${option}\n`);
      for (const argument of helpSection(help, 'Arguments').map(optionTerm))
        expect(section).toContain(`.B ${argument}\n`);
      for (const example of helpSection(help, 'Examples')) expect(section).toContain(example);
    },
  );

  const man = spawnSync('man', ['--version'], { encoding: 'utf8' });
  const manMissing = man.error !== undefined || man.status !== 0;
  if (manMissing) skipVisibly('renders with man -l: skipped, man is not installed here (.ci/run installs man-db)');
  it.skipIf(manMissing)('renders with man -l without warnings', () => {
    const rendered = spawnSync('man', ['-l', MAN_PAGE], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '80', MAN_KEEP_FORMATTING: '', MANROFFSEQ: '', PAGER: 'cat' },
    });
    expect(rendered.status).toBe(0);
    expect(rendered.stdout).toContain('backcare - home-care advice for back spasms');
    expect(rendered.stdout).toMatch(/EXIT STATUS\n\s+0\s+success/);
    const warnings = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', MAN_PAGE], { encoding: 'utf8' });
    expect(warnings.stderr).toBe('');
  });

  it('is roff that man fills, not preformatted help text', () => {
    expect(roff).not.toMatch(/^\.nf$/m);
    expect(roff).toMatch(/^\.nh$/m);
  });

  it.skipIf(manMissing)('never splits a word when man fills it to 40 columns', () => {
    const sourceWords = new Set(
      source
        .split('\n')
        .map((line) => line.replace(/^\.[A-Z]{1,2}\b ?/, ''))
        .join(' ')
        .split(/\s+/),
    );
    const rendered = spawnSync('man', ['-l', MAN_PAGE], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '40', MAN_KEEP_FORMATTING: '', PAGER: 'cat' },
    });
    expect(rendered.status).toBe(0);
    const lines = rendered.stdout.split('\n');
    expect(Math.max(...lines.filter((l) => !l.includes('fish/completions')).map((l) => l.length))).toBeLessThanOrEqual(
      40,
    );
    // The header and footer lines are man's own; every other word must be a whole word of the source.
    const body = lines.slice(1, -2).join('\n');
    const broken = body.split(/\s+/).filter((word) => word !== '' && !sourceWords.has(word));
    expect(broken).toEqual([]);
  });
});
