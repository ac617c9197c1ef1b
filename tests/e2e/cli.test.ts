// The built binary, end to end: help, version, exit codes, streams and colour.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ESC = '\u001b[';

describe('backcare (global behaviour)', () => {
  it('prints help with examples, exit codes and environment', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: backcare [options] [command]');
    for (const text of [
      'Examples:',
      'Exit codes:',
      '130  interrupted with Ctrl-C',
      'BACKCARE_REGION',
      'Information and triage',
    ]) {
      expect(r.stdout).toContain(text);
    }
  });

  it('writes output larger than a pipe holds in full before it exits early', () => {
    // backcare ends with process.exit() once a command is done (src/launch/quick-exit.ts); cut output would not parse.
    const r = runCli(['remedies', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(64 * 1024);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('prints help on stdout when run with no command', () => {
    const r = runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Commands:');
  });

  it.each([
    ['remedies'],
    ['warning-signs'],
    ['sources'],
    ['kb', 'validate'],
    ['completion'],
    ['episode'],
    ['log'],
    ['history'],
    ['report'],
  ])('has help with examples for %s', (...command) => {
    const r = runCli([...command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
  });

  it('prints the version from package.json', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    const r = runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    // The first line is the version alone, for scripts; the second says whether a clinician has signed the built-in
    // base.
    expect(r.stdout).toMatch(
      new RegExp(
        `^${pkg.version.replaceAll('.', '\\.')}\nknowledge base: not yet reviewed by a clinician \\(0 of \\d+ ` +
          `entries signed, 0 changed since signed, 0 rejected\\)\n$`,
      ),
    );
  });

  it.each([
    [
      ['remedies', '--jsn'],
      /^backcare: unknown option '--jsn' \(Did you mean --json\?\) \(see: backcare remedies --help\)\n$/,
    ],
    [['remdies'], /^backcare: unknown command 'remdies' \(Did you mean remedies\?\) \(see: backcare --help\)\n$/],
    [
      ['help', 'remdies'],
      /^backcare: unknown command 'remdies' \(Did you mean remedies\?\) \(see: backcare --help\)\n$/,
    ],
    [['help', 'bogus'], /^backcare: unknown command 'bogus' \(see: backcare --help\)\n$/],
    [['help', 'episode', 'bogus'], /^backcare: unknown episode command "bogus"; use one of: start, status, end\n$/],
    [
      ['remedies', '--category', 'colds'],
      /^backcare: unknown category "colds"; did you mean "cold"\? use one of: cold, heat,/,
    ],
    [['remedies', '--phase'], /^backcare: option '--phase <id>' argument missing/],
    [['completion', 'tcsh'], /^backcare: unsupported shell "tcsh"; use one of: bash, zsh, fish\n$/],
  ])('exits 2 with one line on stderr for %j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('uses no escape codes when stdout is not a terminal', () => {
    const r = runCli(['remedies']);
    expect(r.stdout).not.toContain(ESC);
  });

  it('colours output when FORCE_COLOR is set, and NO_COLOR and --no-color win over it', () => {
    expect(runCli(['warning-signs'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runCli(['warning-signs'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['warning-signs', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it.each([['remedies'], ['remedies', 'heat-pack'], ['warning-signs'], ['sources']])(
    'says the same with and without colour: %s',
    (...args) => {
      const plain = runCli(args).stdout;
      const coloured = runCli(args, { env: { FORCE_COLOR: '1' } }).stdout;
      expect(coloured).not.toBe(plain);
      expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
    },
  );

  it('never colours JSON', () => {
    expect(runCli(['remedies', '--json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('prints completion scripts for each shell', () => {
    expect(runCli(['completion', 'bash']).stdout).toContain('complete -F _backcare_complete backcare');
    expect(runCli(['completion', 'zsh']).stdout).toMatch(/^#compdef backcare/);
    expect(runCli(['completion', 'fish']).stdout).toContain(
      'complete -c backcare -n "__fish_seen_subcommand_from remedies" -l phase',
    );
  });
});
