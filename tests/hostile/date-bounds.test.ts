// Every date and duration a person or script types is held to a sane range:
// one line naming the flag and the range, exit 2, nothing written, no work
// that runs for minutes (and so could not be stopped by SIGTERM).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineRefusal, tempDir } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';

/** Far below the 80 s a 100000000-day report took; a bound that holds answers in well under a second. */
const QUICK_MS = 8_000;

function inHome(args: string[], env: Record<string, string> = {}) {
  const home = tempDir('backcare-bounds-');
  const started = Date.now();
  const r = runCli(args, { env: { BACKCARE_HOME: home, ...env }, timeoutMs: QUICK_MS });
  return { ...r, home, ms: Date.now() - started };
}

const diaryFiles = (home: string) => (existsSync(home) ? readdirSync(home).filter((f) => f.endsWith('.jsonl')) : []);

describe('past times: within the last 100 years', () => {
  it.each([
    [['report', '--from', '100000000d'], '--from'],
    [['report', '--to', '100000000d'], '--to'],
    [['report', '--from', '0050-01-01'], '--from'],
    [['log', '4', '--at', '100000000d'], '--at'],
    [['log', '4', '--at', '0099-12-31 08:00'], '--at'],
    [['episode', 'start', '--at', '100000000d'], '--at'],
    [['ice-heat-timer', '--since', '100000000d', '--plan'], '--since'],
    [['check', '--no-input', '--answer', 'onset=100000000d'], 'onset'],
  ])('%j is refused quickly, naming %s and the range, writing nothing', (args, flag) => {
    const r = inHome(args);
    expectOneLineRefusal(r, 2, new RegExp(`${flag}.*more than 100 years ago.*(for example|write it like)`));
    expect(r.ms).toBeLessThan(QUICK_MS);
    expect(diaryFiles(r.home)).toEqual([]);
  });

  it('years 1–99 get the range message, not "no such date"', () => {
    const r = inHome(['report', '--from', '0050-06-01']);
    expect(r.stderr).not.toMatch(/no such date/);
    expect(r.stderr).toMatch(/more than 100 years ago/);
  });

  it('a report over the whole 100 years still finishes quickly', () => {
    const r = inHome(['report', '--from', '36500d', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(QUICK_MS);
  });
});

describe('durations: each flag has a ceiling', () => {
  it.each([['--rest'], ['--ice'], ['--heat']])('%s 100000000d is refused with the range, never NaN:NaN', (flag) => {
    for (const extra of [['--plan'], ['--plan', '--json'], []]) {
      const r = inHome(['ice-heat-timer', flag, '100000000d', ...extra]);
      expectOneLineRefusal(r, 2, new RegExp(`${flag} "100000000d" is longer than 24h.*for example ${flag} `));
      expect(r.stdout).not.toMatch(/NaN/);
    }
  });

  it('BACKCARE_BROWSER_TIMEOUT far too long is refused with its range', () => {
    const out = join(tempDir(), 'r.pdf');
    const r = inHome(['report', '--format', 'pdf', '--output', out], {
      BACKCARE_BROWSER: '/bin/sh',
      BACKCARE_BROWSER_TIMEOUT: '99999999999',
    });
    expectOneLineRefusal(
      r,
      2,
      new RegExp(
        'BACKCARE_BROWSER_TIMEOUT=99999999999 is not a number of seconds from 1 to 3600; for example ' +
          'BACKCARE_BROWSER_TIMEOUT=120',
      ),
    );
    expect(existsSync(out)).toBe(false);
  });
});
