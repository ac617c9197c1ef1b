// Small defects found while timing `check`, each held by a test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TASKS } from '../../src/cli/home.js';
import { runCli } from '../helpers/run-cli.js';

describe('remedies <id>', () => {
  const ids = (JSON.parse(runCli(['remedies', '--json']).stdout) as { remedies: { id: string }[] }).remedies.map(
    (r) => r.id,
  );

  it.each(ids)('%s lists in its Sources section every id its page cites', (id) => {
    const page = runCli(['remedies', id], { env: { COLUMNS: '200' } }).stdout;
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
  const checklist = (mode: string): string[] =>
    (
      JSON.parse(runCli(['ice-heat-timer', '--mode', mode, '--plan', '--json']).stdout) as {
        before: { title: string; items: string[] }[];
      }
    ).before.find((b) => b.title === 'Before you start, check')?.items ?? [];

  it('has no heat-settings line for ice, and has it for heat', () => {
    expect(checklist('ice').join('\n')).not.toMatch(/lowest setting/);
    expect(checklist('heat').join('\n')).toMatch(/lowest setting/);
    expect(checklist('alternate').join('\n')).toMatch(/lowest setting/);
  });
});

describe('stretch', () => {
  it('counts holds per side when the dose says "on each side"', () => {
    const plan = runCli(['stretch', '--plan']).stdout;
    expect(plan).toMatch(/left side · hold 1 of 2 ·/);
    expect(plan).toMatch(/right side · hold 2 of 2 ·/);
    expect(plan).not.toMatch(/Knee-to-chest stretch +20 s +left side · hold 1 of 4/);
  });
});

describe('report --format html', () => {
  it('says "1 day", not "1 days", for a diary of one day', () => {
    const env = { BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-oneday-')) };
    runCli(['episode', 'start', '--at', '1h'], { env });
    runCli(['log', '5'], { env });
    const html = runCli(['report', '--format', 'html'], { env }).stdout;
    expect(html).toMatch(/dots at the daily\s+mean, 1 day\./);
    expect(html).not.toMatch(/\b1 days\b/);
  });
});

describe('the menu', () => {
  it('offers report, episode status, sources and the full plan, and every task is a command', () => {
    const values = TASKS.map((t) => t.value as string);
    for (const task of ['report', 'episode status', 'sources', 'plan']) expect(values).toContain(task);
    const help = runCli(['--help'], { env: { COLUMNS: '200' } }).stdout;
    for (const task of values.filter((v) => v !== 'help'))
      expect(help).toMatch(new RegExp(`^  ${task.split(' ')[0]}\\b`, 'm'));
  });
});
