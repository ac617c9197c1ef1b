// backcare warning-signs, run in this process: the number first, and the right number for the region.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/test-io.js';

describe('backcare warning-signs', () => {
  it('starts with the emergency number for the region, in words', async () => {
    const r = await runInProcess(['warning-signs', '--region', 'GB']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^In an emergency call 999 now \(United Kingdom/);
    expect(r.stdout).toMatch(/\nEMERGENCY: [^\n]+\n {2}• /);
    expect(r.stdout).toMatch(/\nURGENT: /);
    expect(r.stdout).toMatch(/\nSEE A DOCTOR SOON: /);
    expect(r.stdout).toContain('NHS 111');
  });

  it('knows that 111 is the emergency number in New Zealand', async () => {
    const r = await runInProcess(['warning-signs'], { env: { BACKCARE_REGION: 'NZ' } });
    expect(r.stdout.split('\n')[0]).toMatch(/^In an emergency call 111 now \(New Zealand/);
  });

  it.each([
    ['ZA', /^In an emergency call 112 now \(South Africa; 10177 also works\)/],
    ['BR', /^In an emergency call 192 now \(Brazil; 193 also works\)/],
  ])('shows 3- to 5-digit numbers whole for %s', async (code, line) => {
    const r = await runInProcess(['warning-signs', '--region', code]);
    expect(r.stdout.split('\n')[0]).toMatch(line);
  });

  it('reads the region from the locale', async () => {
    const r = await runInProcess(['warning-signs'], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.stdout.split('\n')[0]).toMatch(/^In an emergency call 911 now/);
    expect(r.stdout).toContain('from your locale');
  });

  it('falls back to the common numbers, with a one-line warning, for an unknown region', async () => {
    const r = await runInProcess(['warning-signs', '--region', 'XX']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^In an emergency call your local emergency number now \(999 in the UK/);
    expect(r.stderr).toMatch(
      new RegExp(
        '^backcare: unknown region "XX", so showing the common emergency numbers; use a two-letter ' +
          String.raw`country code: .*GB.*\n$`,
      ),
    );
  });

  it('lists the common numbers when the region is unknown', async () => {
    const r = await runInProcess(['warning-signs']);
    expect(r.stdout.split('\n\n')[0]?.replace(/\n/g, ' ')).toBe(
      'In an emergency call your local emergency number now (999 in the UK, 911 in the US and Canada, 112 in ' +
        'the EU, 000 in Australia or 111 in New Zealand).',
    );
    expect(r.stdout).toContain('--region');
  });

  it('gives JSON grouped by urgency, most urgent first', async () => {
    const r = await runInProcess(['warning-signs', '--json', '--region', 'AU']);
    const out = JSON.parse(r.stdout) as {
      schemaVersion: number;
      region: { kind: string; numbers: string[] };
      levels: { urgency: string; signs: { id: string; sources: string[] }[] }[];
    };
    expect(out.schemaVersion).toBe(1);
    expect(out.region).toMatchObject({ kind: 'known', numbers: expect.arrayContaining(['000']) });
    expect(out.levels.map((l) => l.urgency)).toEqual(['emergency', 'urgent', 'doctor_soon']);
    for (const level of out.levels) expect(level.signs.length).toBeGreaterThan(0);
  });
});
