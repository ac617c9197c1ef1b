// backcare remedies, run in this process (tests/helpers/test-io.ts) against the built-in knowledge base.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/test-io.js';

interface RemedyJson {
  id: string;
  category: string;
  phases: string[];
  cautions: { when?: string[]; action: string }[];
  sources: string[];
}

async function json<T>(args: string[]): Promise<T> {
  const r = await runInProcess(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('backcare remedies', () => {
  it('lists remedies grouped by category, with the disclaimer, and nothing on stderr', async () => {
    const r = await runInProcess(['remedies']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Home remedies for a back spasm\n/);
    expect(r.stdout).toMatch(/\nCold\n {2}ice-pack +Ice/);
    expect(r.stdout).toMatch(/\nHeat\n {2}heat-pack +/);
    expect(r.stdout).toContain('not a diagnosis');
  });

  it('labels weak evidence and untested advice in the list, and nothing with moderate evidence', async () => {
    const entries = (await runInProcess(['remedies'])).stdout.split(/\n {2}(?=[a-z-]+ {2})/);
    const entry = (id: string) => entries.find((e) => e.startsWith(`${id} `))?.replace(/\s+/g, ' ') ?? '';
    expect(entry('ice-pack')).toContain('(weak evidence)');
    expect(entry('childs-pose')).toContain('(untested)');
    expect(entry('heat-pack')).toMatch(/^heat-pack Heat pack/);
    expect(entry('heat-pack')).not.toMatch(/weak evidence|untested/);
  });

  it('keeps every line within the terminal width', async () => {
    const r = await runInProcess(['remedies'], { env: { COLUMNS: '60' } });
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('explains one remedy with steps, cautions and sources', async () => {
    const r = await runInProcess(['remedies', 'ice-pack']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const heading of ['How to do it', 'Cautions', 'Sources', 'Evidence']) expect(r.stdout).toContain(heading);
    expect(r.stdout).toMatch(/ {2}1\. /);
    expect(r.stdout).toMatch(/https?:\/\//);
  });

  it.each([
    ['ice', 'ice-pack'],
    ['heat', 'heat-pack'],
    ['ibuprofen', 'nsaid-tablets'],
    ['Walking', 'gentle-walking'],
  ])('finds a remedy by the everyday word %s', async (word, id) => {
    const r = await runInProcess(['remedies', word, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { remedy: { id: string } }).remedy.id).toBe(id);
  });

  it('lists the stretches for "stretch"', async () => {
    const r = await runInProcess(['remedies', 'stretch', '--json']);
    const ids = (JSON.parse(r.stdout) as { remedies: { id: string; category: string }[] }).remedies;
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.every((x) => x.category === 'stretch')).toBe(true);
  });

  it('suggests the nearest id for an unknown remedy and exits 2', async () => {
    const r = await runInProcess(['remedies', 'ice-pak']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'backcare: unknown remedy "ice-pak"; did you mean "ice-pack"? run "backcare remedies" to list them\n',
    );
  });

  it('gives the documented JSON shape', async () => {
    const out = await json<{
      schemaVersion: number;
      knowledgeBase: { lastReviewed: string };
      remedies: RemedyJson[];
      sources: { id: string; url: string }[];
    }>(['remedies', '--json']);
    expect(out.schemaVersion).toBe(1);
    expect(out.knowledgeBase.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.remedies.length).toBeGreaterThan(5);
    const cited = new Set(out.sources.map((s) => s.id));
    for (const remedy of out.remedies) for (const id of remedy.sources) expect(cited).toContain(id);
  });

  it('filters by phase', async () => {
    const { remedies } = await json<{ remedies: RemedyJson[] }>(['remedies', '--phase', 'first-72-hours', '--json']);
    expect(remedies.length).toBeGreaterThan(0);
    for (const r of remedies) expect(r.phases).toContain('first-72-hours');
    expect(remedies.map((r) => r.id)).toContain('ice-pack');
  });

  it('filters by category', async () => {
    const { remedies } = await json<{ remedies: RemedyJson[] }>(['remedies', '--category', 'stretch', '--json']);
    expect(remedies.length).toBeGreaterThan(2);
    for (const r of remedies) expect(r.category).toBe('stretch');
  });

  it('shows what to avoid or adapt with a condition', async () => {
    const { remedies } = await json<{ remedies: RemedyJson[] }>([
      'remedies',
      '--condition',
      'kidney-disease',
      '--json',
    ]);
    expect(remedies.length).toBeGreaterThan(0);
    for (const r of remedies) expect(r.cautions.some((c) => c.when?.includes('kidney-disease'))).toBe(true);
    const text = (await runInProcess(['remedies', '--condition', 'kidney-disease'])).stdout;
    expect(text).toMatch(/(Avoid|Ask a pharmacist or doctor first): /);
  });

  it('rejects an unknown phase or condition with the valid ids', async () => {
    const phase = await runInProcess(['remedies', '--phase', 'day-1']);
    expect(phase.code).toBe(2);
    expect(phase.stderr).toMatch(/^backcare: unknown phase "day-1"; use one of: first-72-hours,/);
    const condition = await runInProcess(['remedies', '--condition', 'kidney']);
    expect(condition.code).toBe(2);
    expect(condition.stderr).toMatch(/^backcare: unknown condition "kidney"; .*kidney-disease/);
  });
});
