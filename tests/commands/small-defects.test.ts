// Small defects found while timing `check`, each held by a test, run in this process (tests/helpers/test-io.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TASKS } from '../../src/cli/home.js';
import { runInProcess } from '../helpers/test-io.js';

const ids = (
  JSON.parse((await runInProcess(['remedies', '--json'])).stdout) as { remedies: { id: string }[] }
).remedies.map((r) => r.id);

describe('remedies <id>', () => {
  it.each(ids)('%s lists in its Sources section every id its page cites', async (id) => {
    const page = (await runInProcess(['remedies', id], { env: { COLUMNS: '200' } })).stdout;
    const [body = '', sources = ''] = page.split('\nSources\n');
    const cited = new Set(
      [...body.matchAll(/\[([a-z0-9, -]+)\]/g)]
        .flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim()))
        .filter((s) => s !== id && s.length > 0),
    );
    for (const source of cited) expect(sources, `${id} cites ${source}`).toContain(`[${source}]`);
  });
});

describe('ice-heat-timer checklist', () => {
  const checklist = async (mode: string): Promise<string> => {
    const plan = JSON.parse((await runInProcess(['ice-heat-timer', '--mode', mode, '--plan', '--json'])).stdout) as {
      before: { title: string; items: string[] }[];
    };
    return (plan.before.find((b) => b.title === 'Before you start, check')?.items ?? []).join('\n');
  };

  it('has no heat-settings line for ice, and has it for heat', async () => {
    expect(await checklist('ice')).not.toMatch(/lowest setting/);
    expect(await checklist('heat')).toMatch(/lowest setting/);
    expect(await checklist('alternate')).toMatch(/lowest setting/);
  });
});

describe('stretch', () => {
  it('counts holds per side when the dose says "on each side"', async () => {
    const plan = (await runInProcess(['stretch', '--plan'])).stdout;
    expect(plan).toMatch(/left side · hold 1 of 2 ·/);
    expect(plan).toMatch(/right side · hold 2 of 2 ·/);
    expect(plan).not.toMatch(/Knee-to-chest stretch +20 s +left side · hold 1 of 4/);
  });
});

describe('report --format html', () => {
  it('says "1 day", not "1 days", for a diary of one day', async () => {
    const env = { BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-oneday-')) };
    // Local noon: an hour before it is the same day (with the real clock, this failed between 00:00 and 01:00).
    const now = new Date(2026, 10, 20, 12, 0);
    await runInProcess(['episode', 'start', '--at', '1h'], { env, now });
    await runInProcess(['log', '5'], { env, now });
    const html = (await runInProcess(['report', '--format', 'html'], { env, now })).stdout;
    expect(html).toMatch(/dots at the daily\s+mean, 1 day\./);
    expect(html).not.toMatch(/\b1 days\b/);
  });
});

describe('the menu', () => {
  it('offers report, episode status, sources and the full plan, and every task is a command', async () => {
    const values = TASKS.map((t) => t.value as string);
    for (const task of ['report', 'episode status', 'sources', 'plan']) expect(values).toContain(task);
    const help = (await runInProcess(['--help'])).stdout;
    for (const task of values.filter((v) => v !== 'help'))
      expect(help).toMatch(new RegExp(`^  ${task.split(' ')[0]}\\b`, 'm'));
  });
});
