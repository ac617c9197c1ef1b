// The completion scripts, run by the shells themselves: bash always, zsh and
// fish where they are installed (.ci/run installs both; a missing one is a
// visible skip). Values come from the knowledge base the script was made with.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { BIN, NODE, runCli } from '../helpers/run-cli.js';
import { skipVisibly } from '../helpers/skip-visibly.js';

const dir = mkdtempSync(join(tmpdir(), 'backcare-completion-'));

function script(shell: string, kbDir?: string): string {
  // Generous: this runs while the suite is collected, on a machine that may be busy.
  const r = runCli(['completion', shell, ...(kbDir ? ['--kb', kbDir] : [])], { timeoutMs: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const path = join(dir, `backcare.${shell}.${kbDir ? 'kb' : 'built-in'}`);
  writeFileSync(path, r.stdout);
  return path;
}

const has = (shell: string): boolean => spawnSync(shell, ['--version'], { encoding: 'utf8' }).status === 0;
const hasZsh = has('zsh');
const hasFish = has('fish');

/** What bash (or zsh through bashcompinit) offers for the words typed so far; the last is the word being completed. */
function bashLike(shell: 'bash' | 'zsh', file: string, typed: string[]): string[] {
  const words = typed.map((w) => `'${w}'`).join(' ');
  // bashcompinit's `complete` registers with compinit's compdef; calling the function directly needs neither.
  const setup = shell === 'zsh' ? 'compdef() { :; }; ' : '';
  // zsh's bashcompinit leaves COMP_WORDS counted from 1 and filters the words itself, as here.
  const program =
    `${setup}source ${file}; COMP_WORDS=(${words}); COMP_CWORD=${typed.length - 1}; _backcare_complete; printf ` +
    `'%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync(shell, shell === 'zsh' ? ['-f', '-c', program] : ['--norc', '-c', program], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const offered = r.stdout.split('\n').filter((w) => w !== '');
  const current = typed.at(-1) ?? '';
  return offered.filter((w) => w.startsWith(current));
}

const CASES: [string, string[], string[], string[]][] = [
  ['commands', ['backcare', ''], ['check', 'remedies', 'episode', 'completion'], ['--json']],
  ['remedy ids', ['backcare', 'remedies', 'ice'], ['ice-pack'], ['heat-pack']],
  ['phases', ['backcare', 'remedies', '--phase', ''], ['first-72-hours', 'after-6-weeks'], ['ice-pack']],
  ['categories', ['backcare', 'remedies', '--category', 'st'], ['stretch'], ['cold']],
  ['regions, after a command too', ['backcare', 'warning-signs', '--region', 'N'], ['NZ', 'NO'], ['GB']],
  ['report formats', ['backcare', 'report', '--format', ''], ['md', 'html', 'csv', 'fhir'], []],
  ['subcommands of episode', ['backcare', 'episode', 's'], ['start', 'status'], ['end']],
  [
    'options of a subcommand, after a global option and its value',
    ['backcare', '--region', 'GB', 'remedies', '--ph'],
    ['--phase'],
    [],
  ],
  ['remedy ids for log --helped', ['backcare', 'log', '5', '--helped', 'hea'], ['heat-pack'], []],
  ['shells', ['backcare', 'completion', ''], ['bash', 'zsh', 'fish'], []],
  ['learning topics from the knowledge base', ['backcare', 'learn', 'pre'], ['prevention'], ['check']],
];

describe('bash completion', () => {
  const file = script('bash');
  it.each(CASES)('completes %s', (_name, typed, offered, notOffered) => {
    const got = bashLike('bash', file, typed);
    expect(got).toEqual(expect.arrayContaining(offered));
    for (const word of notOffered) expect(got).not.toContain(word);
  });

  it('offers ids added to the knowledge base, with no code change', () => {
    const kb = copyKb();
    kb.edit('remedies.yaml', (t) => t.replace('  - id: anti-inflammatory-tablets', '  - id: snow-pack-test'));
    expect(bashLike('bash', script('bash', kb.dir), ['backcare', 'remedies', 'sno'])).toEqual(['snow-pack-test']);
  });

  it('completes file names for --answers and folders for kb validate', () => {
    expect(bashLike('bash', file, ['backcare', 'check', '--answers', join(dir, 'backcare.bash.')])).toContain(file);
    expect(bashLike('bash', file, ['backcare', 'kb', 'validate', dir.slice(0, -2)])).toContain(dir);
  });
});

if (!hasZsh) skipVisibly('zsh completion: skipped, zsh is not installed here');
describe.skipIf(!hasZsh)('zsh completion', () => {
  const file = hasZsh ? script('zsh') : '';
  it.each(CASES)('completes %s', (_name, typed, offered, notOffered) => {
    const got = bashLike('zsh', file, typed);
    expect(got).toEqual(expect.arrayContaining(offered));
    for (const word of notOffered) expect(got).not.toContain(word);
  });
});

if (!hasFish) skipVisibly('fish completion: skipped, fish is not installed here');
describe.skipIf(!hasFish)('fish completion', () => {
  const file = hasFish ? script('fish') : '';
  // fish asks `backcare` for nothing, but finds the command on the PATH before completing it.
  const bin = join(dir, 'bin');
  if (hasFish) {
    spawnSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'backcare'), `#!/bin/sh\nexec '${NODE}' '${BIN}' "$@"\n`);
    chmodSync(join(bin, 'backcare'), 0o755);
  }
  it.each(CASES)('completes %s', (_name, typed, offered, notOffered) => {
    const line = typed.join(' ');
    const r = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C '${line}'`], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(r.stderr).toBe('');
    const got = r.stdout
      .split('\n')
      .map((l) => l.split('\t')[0]!)
      .filter((w) => w !== '');
    expect(got).toEqual(expect.arrayContaining(offered));
    for (const word of notOffered) expect(got).not.toContain(word);
  });
});
