// report and history count the same entries: a score logged a few hours
// before `episode start` (without --at) belongs to the episode's report.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const home = () => ({ BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-window-')) });
const reportScores = (env: Record<string, string>): number =>
  Number(/(\d+) scores? on \d+ days?/.exec(runCli(['report'], { env }).stdout)?.[1] ?? NaN);
const historyEntries = (env: Record<string, string>): number =>
  (JSON.parse(runCli(['history', '--json'], { env }).stdout) as { entries: number }).entries;

describe('the default report period', () => {
  it('counts a score logged 3 hours before the episode was started, as history does', () => {
    const env = home();
    expect(runCli(['log', '6', '--at', '3h'], { env }).code).toBe(0);
    expect(runCli(['episode', 'start'], { env }).code).toBe(0);
    expect(runCli(['log', '5'], { env }).code).toBe(0);
    expect(historyEntries(env)).toBe(2);
    expect(reportScores(env)).toBe(2);
  });

  it('leaves out what belongs to the episode before', () => {
    const env = home();
    expect(runCli(['episode', 'start', '--at', '10h'], { env }).code).toBe(0);
    expect(runCli(['log', '7', '--at', '9h'], { env }).code).toBe(0);
    expect(runCli(['episode', 'end', '--at', '8h'], { env }).code).toBe(0);
    expect(runCli(['log', '3', '--at', '2h'], { env }).code).toBe(0);
    expect(runCli(['episode', 'start', '--at', '1h'], { env }).code).toBe(0);
    expect(reportScores(env)).toBe(1);
  });
});
