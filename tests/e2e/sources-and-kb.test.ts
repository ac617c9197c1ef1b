// backcare sources, backcare kb validate and --kb through the built binary: exit codes,
// which stream gets what, and BACKCARE_KB read from the environment. What they say about
// each base is tested in this process, in tests/commands/sources-and-kb.test.ts.
import { describe, expect, it } from 'vitest';
import { copyKb, MINIMAL_KB } from '../helpers/kb-copy.js';
import { runCli } from '../helpers/run-cli.js';

describe('backcare sources', () => {
  it('lists every source with what cites it', () => {
    const r = runCli(['sources']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Cited by remedies: /);
  });
});

describe('backcare kb validate and --kb', () => {
  it('runs any command on another base with --kb or BACKCARE_KB', () => {
    expect(runCli(['--kb', MINIMAL_KB, 'remedies']).stdout).toContain('anti-inflammatory-tablets');
    expect(runCli(['remedies', '--kb', MINIMAL_KB]).stdout).toContain('anti-inflammatory-tablets');
    expect(runCli(['remedies'], { env: { BACKCARE_KB: MINIMAL_KB } }).stdout).toContain('Test data only');
  });

  it('reports a broken base with located messages and exit 2', () => {
    const kb = copyKb();
    kb.edit('remedies.yaml', (t) => t.replace('max: 20, unit: minutes }', 'max: lots, unit: minutes }'));
    kb.edit('warning-signs.yaml', (t) => t.replace('urgency: urgent', 'urgency: soonish'));
    for (const args of [
      ['--kb', kb.dir, 'remedies'],
      ['kb', 'validate', kb.dir],
    ]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0]).toMatch(
        /remedies\.yaml:12:32 remedies\[0\]\.dose\.session\.max: expected a number, got "lots"$/,
      );
      expect(lines[1]).toMatch(
        new RegExp(
          String.raw`warning-signs\.yaml:\d+:\d+ warningSigns\[1\]\.urgency: expected one of emergency, urgent, ` +
            'doctor_soon, got "soonish"$',
        ),
      );
      expect(lines[2]).toMatch(/^backcare: the knowledge base has 2 problems/);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });
});
