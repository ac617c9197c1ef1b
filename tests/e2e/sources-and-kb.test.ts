// backcare sources, backcare kb validate and --kb with a broken base.
import { describe, expect, it } from 'vitest';
import { copyKb, MINIMAL_KB } from '../helpers/kb-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('backcare sources', () => {
  it('lists every source with what cites it', () => {
    const r = runCli(['sources']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Cited by remedies: /);
  });

  it('gives JSON with citations', () => {
    const out = JSON.parse(runCli(['sources', '--json']).stdout) as {
      sources: { id: string; url: string; citedBy: { kind: string; id: string }[] }[];
    };
    expect(out.sources.length).toBeGreaterThan(5);
    for (const s of out.sources) expect(s.url).toMatch(/^https?:\/\//);
    expect(out.sources.some((s) => s.citedBy.length > 0)).toBe(true);
    expect(out.sources.find((s) => s.id === 'early-pt-2022')?.citedBy).toEqual([{ kind: 'learn', id: 'recurring' }]);
  });
});

describe('backcare kb validate and --kb', () => {
  it('validates the shipped knowledge base', () => {
    const r = runCli(['kb', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^the built-in knowledge base \(data\/\) is valid: \d+ sources, /);
  });

  it('validates a directory given as an argument', () => {
    const r = runCli(['kb', 'validate', MINIMAL_KB]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid: 2 sources, 2 conditions');
  });

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

  it('reports a warning sign its rules cannot reach, in a copy of the shipped base', () => {
    const kb = copyKb(`${ROOT}/data`);
    kb.edit('rules.yaml', (t) =>
      t.replace('  - id: chest-pain\n    level: emergency', '  - id: chest-pain\n    level: doctor_soon'),
    );
    for (const args of [
      ['--kb', kb.dir, 'warning-signs'],
      ['kb', 'validate', kb.dir],
    ]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          String.raw`rules\.yaml:\d+:\d+ rules\[\d+\]\.level: rule "chest-pain" gives doctor_soon, but its ` +
            String.raw`warning sign "chest-pain" is emergency\n`,
        ),
      );
      expect(r.stderr).toMatch(
        new RegExp(
          String.raw`warning-signs\.yaml:\d+:\d+ warningSigns\[\d+\]\.urgency: warning sign "chest-pain" is ` +
            String.raw`emergency, but none of its rules reaches emergency\n`,
        ),
      );
    }
  });

  it('reports a broken base as JSON when asked', () => {
    const kb = copyKb();
    kb.write('meta.yaml', 'schemaVersion: 2\n');
    const r = runCli(['kb', 'validate', kb.dir, '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { valid: boolean; problems: { file: string; line: number; message: string }[] };
    expect(out.valid).toBe(false);
    expect(out.problems[0]).toMatchObject({ line: 1, message: 'expected schemaVersion 1' });
  });

  it('refuses a hostile YAML file quickly', () => {
    const kb = copyKb();
    kb.write(
      'omitted.yaml',
      `a: &a [${'x,'.repeat(50)}x]\nb: &b [${'*a,'.repeat(50)}*a]\nc: &c [${'*b,'.repeat(50)}*b]\nomitted: *c\n`,
    );
    const started = Date.now();
    const r = runCli(['--kb', kb.dir, 'sources']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/omitted\.yaml: refused to expand the YAML aliases/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
