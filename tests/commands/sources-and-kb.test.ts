// backcare sources and backcare kb validate, and --kb with a broken base, run in this process
// (tests/helpers/test-io.ts). The binary's own pass over them, and BACKCARE_KB, stay in
// tests/e2e/sources-and-kb.test.ts.
import { describe, expect, it } from 'vitest';
import { copyKb, MINIMAL_KB } from '../helpers/kb-copy.js';
import { ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/test-io.js';

describe('backcare sources', () => {
  it('gives JSON with citations', async () => {
    const out = JSON.parse((await runInProcess(['sources', '--json'])).stdout) as {
      sources: { id: string; url: string; citedBy: { kind: string; id: string }[] }[];
    };
    expect(out.sources.length).toBeGreaterThan(5);
    for (const s of out.sources) expect(s.url).toMatch(/^https?:\/\//);
    expect(out.sources.some((s) => s.citedBy.length > 0)).toBe(true);
    expect(out.sources.find((s) => s.id === 'early-pt-2022')?.citedBy).toEqual([{ kind: 'learn', id: 'recurring' }]);
  });
});

describe('backcare kb validate and --kb', () => {
  it('validates the shipped knowledge base', async () => {
    const r = await runInProcess(['kb', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^the built-in knowledge base \(data\/\) is valid: \d+ sources, /);
  });

  it('validates a directory given as an argument', async () => {
    const r = await runInProcess(['kb', 'validate', MINIMAL_KB]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid: 2 sources, 2 conditions');
  });

  it('reports a warning sign its rules cannot reach, in a copy of the shipped base', async () => {
    const kb = copyKb(`${ROOT}/data`);
    kb.edit('rules.yaml', (t) =>
      t.replace('  - id: chest-pain\n    level: emergency', '  - id: chest-pain\n    level: doctor_soon'),
    );
    for (const args of [
      ['--kb', kb.dir, 'warning-signs'],
      ['kb', 'validate', kb.dir],
    ]) {
      const r = await runInProcess(args);
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

  it('reports a broken base as JSON when asked', async () => {
    const kb = copyKb();
    kb.write('meta.yaml', 'schemaVersion: 2\n');
    const r = await runInProcess(['kb', 'validate', kb.dir, '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { valid: boolean; problems: { file: string; line: number; message: string }[] };
    expect(out.valid).toBe(false);
    expect(out.problems[0]).toMatchObject({ line: 1, message: 'expected schemaVersion 1' });
  });

  it('refuses a hostile YAML file quickly', async () => {
    const kb = copyKb();
    kb.write(
      'omitted.yaml',
      `a: &a [${'x,'.repeat(50)}x]\nb: &b [${'*a,'.repeat(50)}*a]\nc: &c [${'*b,'.repeat(50)}*b]\nomitted: *c\n`,
    );
    const started = Date.now();
    const r = await runInProcess(['--kb', kb.dir, 'sources']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/omitted\.yaml: refused to expand the YAML aliases/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
