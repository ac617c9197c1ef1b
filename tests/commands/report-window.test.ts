// report and history count the same entries: a score logged a few hours
// before `episode start` (without --at) belongs to the episode's report.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/test-io.js';

const home = () => ({ BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-window-')) });
const reportScores = async (env: Record<string, string>): Promise<number> =>
  Number(/(\d+) scores? on \d+ days?/.exec((await runInProcess(['report'], { env })).stdout)?.[1] ?? NaN);
const historyEntries = async (env: Record<string, string>): Promise<number> =>
  (JSON.parse((await runInProcess(['history', '--json'], { env })).stdout) as { entries: number }).entries;

describe('the default report period', () => {
  it('counts a score logged 3 hours before the episode was started, as history does', async () => {
    const env = home();
    expect((await runInProcess(['log', '6', '--at', '3h'], { env })).code).toBe(0);
    expect((await runInProcess(['episode', 'start'], { env })).code).toBe(0);
    expect((await runInProcess(['log', '5'], { env })).code).toBe(0);
    expect(await historyEntries(env)).toBe(2);
    expect(await reportScores(env)).toBe(2);
  });

  it('leaves out what belongs to the episode before', async () => {
    const env = home();
    expect((await runInProcess(['episode', 'start', '--at', '10h'], { env })).code).toBe(0);
    expect((await runInProcess(['log', '7', '--at', '9h'], { env })).code).toBe(0);
    expect((await runInProcess(['episode', 'end', '--at', '8h'], { env })).code).toBe(0);
    expect((await runInProcess(['log', '3', '--at', '2h'], { env })).code).toBe(0);
    expect((await runInProcess(['episode', 'start', '--at', '1h'], { env })).code).toBe(0);
    expect(await reportScores(env)).toBe(1);
  });
});
